import { Button, Checkbox, Flex, FlexItem, FormGroup, FormHelperText, HelperText, HelperTextItem } from "@patternfly/react-core";
import { useTranslation } from "react-i18next";

/** The event types an endpoint asks for, as checkboxes grouped by resource ("organization", "role", ...). */
export function EventTypesField(props: {
  all: string[];
  value: string[];
  readOnly?: boolean;
  onChange: (value: string[]) => void;
}) {
  const { t } = useTranslation();
  const { all, value, readOnly, onChange } = props;
  const groups = new Map<string, string[]>();
  for (const type of all) {
    const group = type.split(".")[0];
    groups.set(group, [...(groups.get(group) ?? []), type]);
  }
  const toggle = (type: string, on: boolean) =>
    onChange(on ? [...value, type].filter((v, i, a) => a.indexOf(v) === i).sort() : value.filter((v) => v !== type));
  return (
    <FormGroup label={t("orgkitEventTypes")} fieldId="orgkit-event-types" role="group">
      {!readOnly && (
        <Flex className="pf-v5-u-mb-sm">
          <FlexItem>
            <Button variant="link" isInline onClick={() => onChange([...all].sort())}>
              {t("orgkitSelectAll")}
            </Button>
          </FlexItem>
          <FlexItem>
            <Button variant="link" isInline onClick={() => onChange([])}>
              {t("orgkitSelectNone")}
            </Button>
          </FlexItem>
        </Flex>
      )}
      <Flex direction={{ default: "row" }} flexWrap={{ default: "wrap" }}>
        {[...groups.entries()].map(([group, types]) => (
          <FlexItem key={group} style={{ minWidth: "16rem" }}>
            {types.map((type) => (
              <Checkbox
                key={type}
                id={`orgkit-event-${type}`}
                label={type}
                isChecked={value.includes(type)}
                isDisabled={readOnly}
                onChange={(_e, on) => toggle(type, on)}
              />
            ))}
          </FlexItem>
        ))}
      </Flex>
      <FormHelperText>
        <HelperText>
          <HelperTextItem>
            {value.length === 0 ? t("orgkitEveryEventType") : t("orgkitEventTypesHelp", { count: value.length })}
          </HelperTextItem>
        </HelperText>
      </FormHelperText>
    </FormGroup>
  );
}
