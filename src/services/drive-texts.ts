/** What a person reads when the report cannot be saved (for the message catalogue). */
export const REPORT_SAVE_TEXTS = {
  serviceOff:
    'The report could not be saved: the Drive service is not turned on for this script. Paste the appsscript.json that comes with Peer Circle over the manifest and save.',
  noLink: 'The report was saved in Drive, but Drive did not give back its link.',
} as const;
