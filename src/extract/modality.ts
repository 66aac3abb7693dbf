// Tells statements of fact from hypotheticals, proposals and denials, which are never actual events.
const HYPOTHETICAL = /\b(?:could|might|would|should)\b|\bif\b|\bunless\b|\bwhether\b|\bpossib(?:le|ility)\b|\bpotential(?:ly)?\b|\bhypothetical|\bin theory\b/i;
const DENIAL = /\b(?:not|never|no|neither|nor|denied|denies|deny|cancel(?:l?ed|s)?|postpon(?:ed|es)|called off|scrapped|rejected|refused|failed to)\b|n['’]t\b/i;
const PROPOSAL = /\b(?:mull(?:ing|ed|s)? over|consider(?:ing|ed|s)?|discuss(?:ing|ed|es)?|explor(?:ing|ed|es)|stud(?:ying|ied|ies)|propos(?:ing|ed|es|al)|suggest(?:ing|ed|s)?|ready to|willing to|prepared to|plan(?:s|ned|ning)? to|intend(?:s|ed)? to|aim(?:s|ed)? to|hope(?:s|d)? to|want(?:s|ed)? to|working on|in the pipeline|announced|negotiat(?:ing|ions?|ed))\b/i;

// Case matters for "may": the month ("on 5 May produced") is capitalised, the modal is not.
const MAY = /\bmay (?!\d)(?=[a-z])/;

// Discourse markers with a modal that hedge nothing: "It should be recalled that X visited Y in 2019".
const NOT_HYPOTHETICAL = /\b(?:it )?should be (?:recalled|noted|mentioned|stressed|emphasi[sz]ed|underlined|pointed out|remembered)\b|\bit (?:is|was) worth (?:noting|mentioning|recalling)\b|\bas (?:could|might) be expected\b/gi;

export function isHypothetical(text: string): boolean {
  const t = text.replace(NOT_HYPOTHETICAL, ' ');
  return HYPOTHETICAL.test(t) || MAY.test(t);
}

// Idioms with "no"/"not" that deny nothing: "not only", "not to mention", "it was no surprise that".
const NOT_DENIAL = /\b(?:not only|not just|not to mention|not least|no (?:surprise|wonder|doubt|coincidence|secret|exception)|no less than|nothing less than)\b/gi;

export function isDenied(text: string): boolean {
  return DENIAL.test(text.replace(NOT_DENIAL, ' '));
}

export function isProposal(text: string): boolean {
  return PROPOSAL.test(text);
}
