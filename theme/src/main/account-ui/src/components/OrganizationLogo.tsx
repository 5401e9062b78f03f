import { useState } from "react";

import { initials } from "../organization/logo";

const SIZES = { sm: 20, md: 32, lg: 48 } as const;

type Props = {
  organization: { name: string; image_url?: string };
  size?: keyof typeof SIZES;
};

/**
 * An organization's logo where its name is shown; its initials when it has none (or the image
 * does not load). Decorative: the name beside it says what it is.
 */
export function OrganizationLogo({ organization, size = "sm" }: Props) {
  const [failed, setFailed] = useState<string>();
  const pixels = SIZES[size];
  const box = {
    width: pixels,
    height: pixels,
    borderRadius: "var(--pf-v5-global--BorderRadius--sm)",
    flex: "none",
    verticalAlign: "middle",
  } as const;
  const url = organization.image_url;

  if (url && failed !== url) {
    return (
      <img
        src={url}
        alt=""
        width={pixels}
        height={pixels}
        style={{ ...box, objectFit: "contain" }}
        onError={() => setFailed(url)}
        data-testid="organization-logo"
      />
    );
  }
  return (
    <span
      aria-hidden="true"
      data-testid="organization-initials"
      style={{
        ...box,
        display: "inline-flex",
        alignItems: "center",
        justifyContent: "center",
        fontSize: pixels * 0.45,
        fontWeight: "var(--pf-v5-global--FontWeight--bold)",
        color: "var(--pf-v5-global--Color--light-100)",
        background: "var(--pf-v5-global--palette--blue-400)",
      }}
    >
      {initials(organization.name)}
    </span>
  );
}
