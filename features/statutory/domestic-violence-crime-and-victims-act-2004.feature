Feature: Domestic Violence, Crime and Victims Act 2004, section 9: domestic homicide reviews
  Since 13 April 2011 the partnership must hold a domestic homicide review when a person aged 16 or
  over has died from violence, abuse or neglect by a relative, partner or member of the same household.
  The Victims and Prisoners Act 2024 turns these into domestic abuse related death reviews; until that
  commences the duty continues, so the agreement keeps domestic abuse in view throughout.

  Background:
    Given a county of 7 districts agreeing priorities for 2025/26
    And the Domestic Violence, Crime and Victims Act 2004 applies to domestic abuse

  Scenario: Domestic abuse is covered however many districts name it
    Given no district names domestic abuse in its strategic assessment
    When the working group assesses the evidence
    Then domestic abuse is a priority
    And the rule that fired is STAT-001
    And the justification cites the Domestic Violence, Crime and Victims Act 2004
    And the compliance report shows the Domestic Violence, Crime and Victims Act 2004 met by domestic abuse

  Scenario: The duty in transition to domestic abuse related death reviews
    Given the Victims and Prisoners Act 2024 applies to domestic abuse
    When the working group assesses the evidence
    Then domestic abuse is a priority
    And the rule that fired is STAT-005
    And the justification cites the Victims and Prisoners Act 2024
    And the compliance report shows the Victims and Prisoners Act 2024 met by domestic abuse
    And its reason says "Met by domestic abuse"

  Scenario: The working group tries to drop domestic abuse
    Given 1 of the districts name domestic abuse as a main priority
    And the working group proposes to drop domestic abuse because "the specialist board covers it"
    When the working group assesses the evidence
    Then domestic abuse is a priority
    And the rule that fired is DEC-015

  Scenario: Before April 2011 the review duty was upcoming
    Given the agreement is for 2010/11
    And no district names domestic abuse in its strategic assessment
    When the working group assesses the evidence
    Then domestic abuse is on the watch list
    And the compliance report shows the Domestic Violence, Crime and Victims Act 2004 as upcoming
    And its reason says "prepare for it"

  Scenario: Under strategic aims, domestic abuse is a focus area driven by the statutory duty
    Given the county agrees strategic aims rather than priorities
    When the working group assesses the evidence
    Then domestic abuse is a focus area
    And the key drivers of the aim holding domestic abuse include "Statutory duty"
