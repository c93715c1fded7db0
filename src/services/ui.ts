/** What the person at the spreadsheet sees: menu, toasts, dialogs. Everything shown is escaped. */
import { escapeHtml } from '../domain/html';
import { t } from '../domain/i18n';

export interface MenuItem {
  caption: string;
  functionName: string;
}

/**
 * Bound to the sheet, the menu is a top-level "Peer Circle" menu; as an Editor add-on it must go
 * under Extensions (createAddonMenu, named after the add-on's listing).
 * https://developers.google.com/workspace/add-ons/concepts/menus
 */
export function buildMenu(
  title: string,
  groups: readonly (readonly MenuItem[])[],
  asAddon: boolean,
): void {
  const ui = SpreadsheetApp.getUi();
  const menu = asAddon ? ui.createAddonMenu() : ui.createMenu(title);
  groups.forEach((group, index) => {
    if (index > 0) menu.addSeparator();
    for (const item of group) menu.addItem(item.caption, item.functionName);
  });
  menu.addToUi();
}

export function toast(message: string, title?: string): void {
  SpreadsheetApp.getActiveSpreadsheet().toast(message, title ?? t('ui.toast.title'), 5);
}

export function alert(title: string, message: string): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(title, message, ui.ButtonSet.OK);
}

/** A short dialog of paragraphs and bullet lists; `links` are shown as clickable. */
export interface DialogSection {
  heading: string;
  lines: readonly string[];
  links?: ReadonlyArray<{ label: string; url: string }>;
}

export function showDialog(title: string, sections: readonly DialogSection[]): void {
  const body = sections
    .map((section) => {
      const lines = section.lines.map((line) => `<li>${escapeHtml(line)}</li>`).join('');
      const links = (section.links ?? [])
        .map(
          (link) =>
            `<li><a href="${escapeHtml(link.url)}" target="_blank" rel="noopener">${escapeHtml(link.label)}</a></li>`,
        )
        .join('');
      return `<h3>${escapeHtml(section.heading)}</h3><ul>${lines}${links}</ul>`;
    })
    .join('');
  const html = HtmlService.createHtmlOutput(
    `<div style="font-family: Arial, sans-serif; font-size: 14px">${body}</div>`,
  )
    .setWidth(480)
    .setHeight(420);
  SpreadsheetApp.getUi().showModalDialog(html, title);
}

/** Asks for one line of text; null when the person cancels or closes the dialog. */
export function promptText(title: string, question: string): string | null {
  const ui = SpreadsheetApp.getUi();
  const response = ui.prompt(title, question, ui.ButtonSet.OK_CANCEL);
  return response.getSelectedButton() === ui.Button.OK ? response.getResponseText().trim() : null;
}

/** Asks a yes/no question; true only for Yes. */
export function confirm(title: string, question: string): boolean {
  const ui = SpreadsheetApp.getUi();
  return ui.alert(title, question, ui.ButtonSet.YES_NO) === ui.Button.YES;
}

/** Shows a whole HTML document (built and escaped by the domain) in a large dialog. */
export function showHtml(title: string, html: string, link?: { label: string; url: string }): void {
  const footer = link
    ? `<p style="font-family: Arial, sans-serif"><a href="${escapeHtml(link.url)}" target="_blank" rel="noopener">${escapeHtml(link.label)}</a></p>`
    : '';
  const output = HtmlService.createHtmlOutput(html).append(footer).setWidth(900).setHeight(700);
  SpreadsheetApp.getUi().showModalDialog(output, title);
}
