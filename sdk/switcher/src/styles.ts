/**
 * The switcher's shadow-DOM styles. Apps theme it through the custom properties below (set them on
 * the element or any ancestor) and through `::part(trigger|avatar|logo|initials|name|role|chevron|
 * listbox|option|option-personal|error|dismiss)`.
 */
export const STYLES = `
:host {
  --_font: var(--orgkit-font-family, inherit);
  --_text: var(--orgkit-color-text, #1f2328);
  --_muted: var(--orgkit-color-text-secondary, #59636e);
  --_bg: var(--orgkit-color-background, #ffffff);
  --_hover: var(--orgkit-color-hover, #f3f4f6);
  --_border: var(--orgkit-color-border, #d1d9e0);
  --_primary: var(--orgkit-color-primary, #2f54eb);
  --_avatar-bg: var(--orgkit-color-avatar, #e0e7ff);
  --_avatar-text: var(--orgkit-color-avatar-text, #1e3a8a);
  --_error: var(--orgkit-color-error, #b42318);
  --_radius: var(--orgkit-radius, 8px);
  --_avatar: var(--orgkit-avatar-size, 28px);
  display: inline-block;
  position: relative;
  font-family: var(--_font);
  font-size: var(--orgkit-font-size, 14px);
  color: var(--_text);
}
:host([hidden]) { display: none; }
* { box-sizing: border-box; }
.trigger {
  display: inline-flex; align-items: center; gap: 8px;
  min-width: 12em; max-width: 20em; padding: 4px 8px;
  font: inherit; color: inherit; text-align: start;
  background: var(--_bg); border: 1px solid var(--_border); border-radius: var(--_radius);
  cursor: pointer;
}
.trigger:hover { background: var(--_hover); }
.trigger:focus-visible, .listbox:focus-visible { outline: 2px solid var(--_primary); outline-offset: 2px; }
.trigger[aria-busy="true"] { cursor: progress; opacity: 0.7; }
.avatar {
  flex: none; display: inline-flex; align-items: center; justify-content: center;
  width: var(--_avatar); height: var(--_avatar); border-radius: calc(var(--_radius) / 2);
  background: var(--_avatar-bg); color: var(--_avatar-text); font-size: 0.8em; font-weight: 600; overflow: hidden;
}
.avatar img { width: 100%; height: 100%; object-fit: cover; }
.label { flex: 1; min-width: 0; display: flex; flex-direction: column; }
.name { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; font-weight: 500; }
.role { color: var(--_muted); font-size: 0.85em; }
.chevron { flex: none; width: 12px; height: 12px; color: var(--_muted); }
.listbox {
  position: absolute; z-index: var(--orgkit-z-index, 1000); inset-inline-start: 0; top: calc(100% + 4px);
  min-width: 100%; max-height: 20em; overflow-y: auto; margin: 0; padding: 4px; list-style: none;
  background: var(--_bg); border: 1px solid var(--_border); border-radius: var(--_radius);
  box-shadow: 0 8px 24px rgba(0, 0, 0, 0.12);
}
.listbox[hidden] { display: none; }
.option {
  display: flex; align-items: center; gap: 8px; padding: 6px 8px; border-radius: calc(var(--_radius) / 2);
  cursor: pointer; white-space: nowrap;
}
.option[data-highlighted] { background: var(--_hover); outline: 1px solid var(--_primary); }
.empty { padding: 6px 8px; color: var(--_muted); }
.error {
  position: absolute; z-index: var(--orgkit-z-index, 1000); inset-inline-start: 0; top: calc(100% + 4px);
  display: flex; align-items: flex-start; gap: 8px; width: max-content; max-width: 24em; padding: 8px 10px;
  color: var(--_error); font-size: 0.9em; background: var(--_bg);
  border: 1px solid var(--_error); border-radius: var(--_radius); box-shadow: 0 8px 24px rgba(0, 0, 0, 0.12);
}
.error[hidden] { display: none; }
.error-text { flex: 1; }
.dismiss {
  flex: none; padding: 0 4px; font: inherit; font-size: 1.1em; line-height: 1; color: inherit;
  background: none; border: 0; border-radius: 4px; cursor: pointer;
}
.dismiss:focus-visible { outline: 2px solid var(--_primary); }
.person { width: 70%; height: 70%; }
`;
