import { Alert, Button, ClipboardCopy, Modal, ModalVariant } from "@patternfly/react-core";
import { useTranslation } from "react-i18next";

/** A signing secret, shown this once (the API never answers it again). */
export function SecretModal({ secret, onClose }: { secret: string; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      variant={ModalVariant.medium}
      title={t("orgkitSecretTitle")}
      isOpen
      onClose={onClose}
      actions={[
        <Button key="done" data-testid="orgkit-secret-done" onClick={onClose}>
          {t("orgkitSecretSaved")}
        </Button>,
      ]}
    >
      <Alert variant="warning" isInline isPlain title={t("orgkitSecretOnce")} />
      <div data-testid="orgkit-secret">
        <ClipboardCopy isReadOnly isCode hoverTip={t("copy")} clickTip={t("copied")}>
          {secret}
        </ClipboardCopy>
      </div>
    </Modal>
  );
}
