import { FormSelect, FormSelectOption, Pagination, Toolbar, ToolbarContent, ToolbarItem } from "@patternfly/react-core";
import { useTranslation } from "react-i18next";

import type { InvitationStatusFilter } from "../../api/orgkit";

const STATUSES = ["pending", "accepted", "declined", "revoked", "expired"] as const satisfies readonly InvitationStatusFilter[];

type InvitationsToolbarProps = {
  /** A status, or "" for all. */
  status: string;
  onStatusChange: (status: string) => void;
  max: number;
  itemCount: number;
  page: number;
  onFirstChange: (first: number) => void;
  onMaxChange: (max: number) => void;
};

/** The status filter and the pager of the invitations list. */
export function InvitationsToolbar(props: InvitationsToolbarProps) {
  const { t } = useTranslation();
  const { status, max } = props;
  return (
    <Toolbar>
      <ToolbarContent>
        <ToolbarItem>
          <FormSelect
            value={status}
            aria-label={t("orgkitFilterByStatus")}
            onChange={(_e, value) => props.onStatusChange(value)}
            data-testid="status-filter"
          >
            <FormSelectOption value="" label={t("orgkitAllStatuses")} />
            {STATUSES.map((s) => (
              <FormSelectOption key={s} value={s} label={t(`orgkitInvitationStatus_${s}`)} />
            ))}
          </FormSelect>
        </ToolbarItem>
        <ToolbarItem variant="pagination" align={{ default: "alignRight" }}>
          <Pagination
            isCompact
            itemCount={props.itemCount}
            perPage={max}
            page={props.page}
            perPageOptions={[10, 20, 50].map((n) => ({ title: String(n), value: n }))}
            onSetPage={(_e, p) => props.onFirstChange((p - 1) * max)}
            onPerPageSelect={(_e, perPage) => props.onMaxChange(perPage)}
            toggleTemplate={({ firstIndex, lastIndex }) => <b>{firstIndex} - {lastIndex}</b>}
            titles={{ paginationAriaLabel: t("orgkitInvitationsPagination") }}
          />
        </ToolbarItem>
      </ToolbarContent>
    </Toolbar>
  );
}
