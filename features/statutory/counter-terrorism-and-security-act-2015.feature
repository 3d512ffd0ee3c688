Feature: Counter-Terrorism and Security Act 2015, section 26: the Prevent duty
  Specified authorities must have due regard to the need to prevent people from being drawn into
  terrorism. A community safety partnership is not a specified authority; each of its responsible
  authorities is. So the Prevent duty never forces radicalisation into the county agreement: the engine
  records it as a duty on each authority, and radicalisation earns a place only on the evidence.

  Background:
    Given a county of 7 districts agreeing priorities for 2025/26
    And the Counter-Terrorism and Security Act 2015 applies to radicalisation

  Scenario: The Prevent duty alone does not make radicalisation a priority
    Given no district names radicalisation in its strategic assessment
    When the working group assesses the evidence
    Then radicalisation is not covered
    And no justification treats the Counter-Terrorism and Security Act 2015 as a duty on the partnership
    And the rule that fired is STAT-002
    And the compliance report notes the Counter-Terrorism and Security Act 2015 as binding each authority, not as a gap
    And its reason says "not the partnership"
    And the rule that fired is COMP-003

  Scenario: Radicalisation the districts name is a priority on their evidence, not on the duty
    Given 4 of the districts name radicalisation as a main priority
    When the working group assesses the evidence
    Then radicalisation is a priority
    And the rule that fired is DEC-001
    And no justification treats the Counter-Terrorism and Security Act 2015 as a duty on the partnership

  Scenario: The working group may drop radicalisation, because the duty is not the partnership's
    Given 4 of the districts name radicalisation as a main priority
    And the working group proposes to drop radicalisation because "the Prevent partnership board leads it"
    When the working group assesses the evidence
    Then radicalisation is not covered
    And the rule that fired is DEC-014
    And the compliance report shows no gaps

  Scenario: Under strategic aims, the aim notes the Prevent duty rather than counting it as a key driver
    Given the county agrees strategic aims rather than priorities
    And 4 of the districts name radicalisation as a main priority
    When the working group assesses the evidence
    Then radicalisation is a focus area
    And the aim holding radicalisation notes the Counter-Terrorism and Security Act 2015 rather than listing it as a key driver
