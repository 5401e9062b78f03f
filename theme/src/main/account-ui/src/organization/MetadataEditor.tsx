import { Button, Split, SplitItem, TextInput } from "@patternfly/react-core";
import { MinusCircleIcon, PlusCircleIcon } from "@patternfly/react-icons";
import { useTranslation } from "react-i18next";

export type Entry = { key: string; value: string };

type Props = {
  entries: Entry[];
  readOnly: boolean;
  onChange: (entries: Entry[]) => void;
};

/** Public metadata as key/value rows (flat strings, at most 50 keys of up to 255 characters). */
export function MetadataEditor({ entries, readOnly, onChange }: Props) {
  const { t } = useTranslation();
  const update = (index: number, change: Partial<Entry>) =>
    onChange(entries.map((entry, i) => (i === index ? { ...entry, ...change } : entry)));

  return (
    <div data-testid="metadata">
      {entries.map((entry, index) => (
        <Split hasGutter key={index} className="pf-v5-u-mb-sm">
          <SplitItem isFilled>
            <TextInput
              aria-label={t("orgkitMetadataKeyN", { n: index + 1 })}
              placeholder={t("orgkitMetadataKey")}
              value={entry.key}
              readOnlyVariant={readOnly ? "default" : undefined}
              maxLength={255}
              onChange={(_event, key) => update(index, { key })}
            />
          </SplitItem>
          <SplitItem isFilled>
            <TextInput
              aria-label={t("orgkitMetadataValueN", { n: index + 1 })}
              placeholder={t("orgkitMetadataValue")}
              value={entry.value}
              readOnlyVariant={readOnly ? "default" : undefined}
              maxLength={255}
              onChange={(_event, value) => update(index, { value })}
            />
          </SplitItem>
          {!readOnly && (
            <SplitItem>
              <Button
                variant="plain"
                aria-label={t("orgkitMetadataRemoveN", { n: index + 1 })}
                onClick={() => onChange(entries.filter((_, i) => i !== index))}
              >
                <MinusCircleIcon />
              </Button>
            </SplitItem>
          )}
        </Split>
      ))}
      {!readOnly && entries.length < 50 && (
        <Button variant="link" icon={<PlusCircleIcon />} onClick={() => onChange([...entries, { key: "", value: "" }])}>
          {t("orgkitMetadataAdd")}
        </Button>
      )}
      {readOnly && entries.length === 0 && <span>{t("orgkitMetadataNone")}</span>}
    </div>
  );
}

/** Metadata problems the server would refuse, to show before sending. */
export function metadataProblem(entries: Entry[]): "emptyKey" | "duplicateKey" | undefined {
  const keys = entries.map((entry) => entry.key.trim());
  if (keys.some((key) => key.length === 0)) return "emptyKey";
  if (new Set(keys).size !== keys.length) return "duplicateKey";
  return undefined;
}
