import { Button, Modal, ModalVariant } from "@patternfly/react-core";
import { useState, type PropsWithChildren } from "react";
import { useTranslation } from "react-i18next";

type ConfirmModalProps = PropsWithChildren<{
  title: string;
  confirmLabel: string;
  isOpen: boolean;
  danger?: boolean;
  /** Keeps the confirm button disabled (e.g. until the user typed a confirmation). */
  isConfirmDisabled?: boolean;
  onConfirm: () => Promise<unknown> | void;
  onClose: () => void;
}>;

/** Asks before something that cannot be undone; the confirm button shows progress while it runs. */
export function ConfirmModal({
  title,
  confirmLabel,
  isOpen,
  danger,
  isConfirmDisabled,
  onConfirm,
  onClose,
  children,
}: ConfirmModalProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);

  const confirm = async () => {
    setBusy(true);
    try {
      await onConfirm();
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      variant={ModalVariant.small}
      title={title}
      titleIconVariant={danger ? "warning" : undefined}
      isOpen={isOpen}
      onClose={onClose}
      actions={[
        <Button
          key="confirm"
          variant={danger ? "danger" : "primary"}
          onClick={confirm}
          isLoading={busy}
          isDisabled={busy || isConfirmDisabled}
          data-testid="confirm"
        >
          {confirmLabel}
        </Button>,
        <Button key="cancel" variant="link" onClick={onClose} isDisabled={busy}>
          {t("orgkitCancel")}
        </Button>,
      ]}
    >
      {children}
    </Modal>
  );
}
