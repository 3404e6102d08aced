/** English texts of the settings: the passcode rules, the preferences' checks and Manage users' results. */
export const enSettings = {
  // The rules shown under a passcode field.
  'passcodeRule.lengthRange': '{min} to {max} characters',
  'passcodeRule.lengthMax': 'At most {max} characters',
  'passcodeRule.digitsOnly': 'Digits only',
  'passcodeRule.lettersDigits': 'Letters and digits',
  'passcodeRule.lettersDigitsAnd': 'Letters, digits and {specials}',
  'passcodeRule.letter': 'At least one letter',
  'passcodeRule.digit': 'At least one digit',
  'passcodeRule.special': 'At least one of {specials}',
  'passcodeRule.cases': 'Both upper and lower case letters',
  'passcodeRule.consecutive': 'No runs of more than {max} consecutive characters (like 1234 or abcd)',
  'passcodeRule.repeated': 'No character repeated more than {max} times in a row',

  // The core's own checks of a preferences change (the preferences page checks first).
  'preferences.horizonMin': 'The agenda covers at least today.',
  'preferences.horizonMax': 'The agenda covers at most {days} days.',
  'preferences.googleAccount': 'Enter the e-mail address of a Google account, or leave it empty.',
  'preferences.joinShortcut': 'Use modifiers and a key, for example {example}.',

  // Manage users: the result of a removal request, per user.
  'admin.notFound': 'No {provider} configuration of associate {associateId} on that device (it may have been removed already).',
  'admin.alreadyRequested': 'Removal of {user}’s {provider} configuration was already requested; their app carries it out at its next sync.',
  'admin.requested': '{user}’s app removes the {provider} configuration at its next sync (within a few minutes, or when it starts).',
  'admin.failed': 'The removal of {user}’s {provider} configuration could not be requested: {reason} Nothing was changed for them; try again.',
} as const;
