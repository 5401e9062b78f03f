import { useAccess, ViewHeader } from "@keycloak/keycloak-admin-ui";
import {
  Alert,
  Button,
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  PageSection,
  Progress,
  TextInput,
  Toolbar,
  ToolbarContent,
  ToolbarItem,
} from "@patternfly/react-core";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";

import { describe, useApi } from "../api/client";
import { Loaded } from "../components/Loaded";
import { useNotify } from "../components/Notices";
import { useLoad } from "../components/useLoad";
import { add, progress, type BatchResult, type Totals } from "./progress";

const BATCH = 50;

/**
 * The personal-organization backfill: how many users have no organization yet, and a run that
 * calls the API batch after batch (each user in its own transaction) with its progress.
 */
export function BackfillPage() {
  const { t } = useTranslation();
  const api = useApi();
  const notify = useNotify();
  const { hasAccess } = useAccess();
  const canManage = hasAccess("manage-organizations");
  const status = useLoad((signal) => api.get<{ remaining: number }>("backfill", undefined, signal), [api]);
  const [running, setRunning] = useState(false);
  const [totals, setTotals] = useState<Totals>();
  const [failure, setFailure] = useState<string>();
  const [user, setUser] = useState("");
  const stop = useRef(false);

  async function run(initial: number) {
    setRunning(true);
    setFailure(undefined);
    stop.current = false;
    let sum: Totals = { processed: 0, created: 0, skipped: 0, failed: 0, remaining: initial, initial, done: false };
    setTotals(sum);
    let cursor: string | undefined;
    try {
      while (!sum.done && !stop.current) {
        const query = new URLSearchParams({ batch: String(BATCH) });
        if (cursor) query.set("after", cursor);
        const batch = await api.post<BatchResult>(`backfill?${query}`);
        sum = add(sum, batch);
        cursor = batch.cursor ?? cursor;
        setTotals(sum);
        // a batch that handled nobody cannot make progress (only failures left past the cursor)
        if (batch.processed === 0) break;
      }
      notify.success(t("orgkitBackfillFinished", { created: sum.created }));
    } catch (error) {
      setFailure(describe(error));
      notify.failure(t("orgkitBackfillFailed"), error);
    } finally {
      setRunning(false);
      status.reload();
    }
  }

  async function one() {
    try {
      const answer = await api.post<{ user: string; created: boolean }>(`backfill/users/${encodeURIComponent(user.trim())}`);
      notify.success(answer.created ? t("orgkitBackfillUserCreated", { user: user.trim() }) : t("orgkitBackfillUserNothing", { user: user.trim() }));
      setUser("");
    } catch (error) {
      notify.failure(t("orgkitBackfillFailed"), error);
    } finally {
      status.reload();
    }
  }

  return (
    <>
      <ViewHeader titleKey="orgkitBackfill" subKey="orgkitBackfillHelp" />
      <PageSection variant="light">
        <Loaded load={status}>
          {({ remaining }) => (
            <>
              <DescriptionList isHorizontal>
                <DescriptionListGroup>
                  <DescriptionListTerm>{t("orgkitBackfillRemaining")}</DescriptionListTerm>
                  <DescriptionListDescription data-testid="orgkit-backfill-remaining">{remaining}</DescriptionListDescription>
                </DescriptionListGroup>
              </DescriptionList>
              {canManage && (
                <Toolbar>
                  <ToolbarContent>
                    <ToolbarItem>
                      <Button data-testid="orgkit-backfill-run" isDisabled={running || remaining === 0} isLoading={running} onClick={() => run(remaining)}>
                        {t("orgkitBackfillRun")}
                      </Button>
                    </ToolbarItem>
                    {running && (
                      <ToolbarItem>
                        <Button variant="secondary" onClick={() => (stop.current = true)}>
                          {t("orgkitBackfillStop")}
                        </Button>
                      </ToolbarItem>
                    )}
                    <ToolbarItem>
                      <TextInput id="orgkit-backfill-user" aria-label={t("orgkitBackfillUser")} placeholder={t("orgkitBackfillUser")} value={user} onChange={(_e, v) => setUser(v)} />
                    </ToolbarItem>
                    <ToolbarItem>
                      <Button variant="secondary" data-testid="orgkit-backfill-one" isDisabled={!user.trim() || running} onClick={one}>
                        {t("orgkitBackfillOne")}
                      </Button>
                    </ToolbarItem>
                  </ToolbarContent>
                </Toolbar>
              )}
            </>
          )}
        </Loaded>
        {totals && (
          <>
            <Progress
              data-testid="orgkit-backfill-progress"
              value={progress(totals)}
              title={t("orgkitBackfillProgress")}
              measureLocation="outside"
            />
            <p data-testid="orgkit-backfill-totals">
              {t("orgkitBackfillTotals", { processed: totals.processed, created: totals.created, skipped: totals.skipped, failed: totals.failed })}
            </p>
          </>
        )}
        {failure && <Alert variant="danger" isInline title={t("orgkitBackfillFailed")}>{failure}</Alert>}
      </PageSection>
    </>
  );
}
