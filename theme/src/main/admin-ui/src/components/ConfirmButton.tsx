import { Button, Modal, ModalVariant, type ButtonProps } from "@patternfly/react-core";
import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";

/** A button that asks first (a change that cannot be undone), then runs `onConfirm`. */
export function ConfirmButton(
  props: Omit<ButtonProps, "onClick"> & { title: string; message: ReactNode; confirmLabel: string; onConfirm: () => Promise<void> | void },
) {
  const { t } = useTranslation();
  const { title, message, confirmLabel, onConfirm, children, ...button } = props;
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  return (
    <>
      <Button {...button} onClick={() => setOpen(true)}>
        {children}
      </Button>
      <Modal
        variant={ModalVariant.small}
        title={title}
        isOpen={open}
        onClose={() => setOpen(false)}
        actions={[
          <Button
            key="confirm"
            variant="danger"
            data-testid="orgkit-confirm"
            isLoading={busy}
            isDisabled={busy}
            onClick={async () => {
              setBusy(true);
              try {
                await onConfirm();
              } finally {
                setBusy(false);
                setOpen(false);
              }
            }}
          >
            {confirmLabel}
          </Button>,
          <Button key="cancel" variant="link" onClick={() => setOpen(false)}>
            {t("cancel")}
          </Button>,
        ]}
      >
        {message}
      </Modal>
    </>
  );
}
