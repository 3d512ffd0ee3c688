Feature: Police and Justice Act 2006: anti-social behaviour, substance misuse and scrutiny
  The Police and Justice Act 2006 amended section 6 of the Crime and Disorder Act 1998 so that
  partnership strategies must address anti-social behaviour and the misuse of drugs, alcohol and other
  substances. Section 19 of the 2006 Act gave every council a crime and disorder committee, which must
  review and scrutinise the partnership's work at least once a year: a duty on the council, not on the
  partnership's agreement.

  Background:
    Given a county of 7 districts agreeing priorities for 2025/26
    And the Police and Justice Act 2006 applies to substance misuse
    And the Police and Justice Act 2006 s19 applies

  Scenario: No district names substance misuse, yet the agreement covers it
    Given no district names substance misuse in its strategic assessment
    When the working group assesses the evidence
    Then substance misuse is covered
    And the justification cites the Police and Justice Act 2006
    And the rule that fired is STAT-001
    And the compliance report shows the Police and Justice Act 2006 met by substance misuse

  Scenario: The working group tries to drop substance misuse
    Given 2 of the districts name substance misuse as a main priority
    And the working group proposes to drop substance misuse because "treatment services already lead on it"
    When the working group assesses the evidence
    Then substance misuse is covered
    And the rule that fired is DEC-015
    And the justification cites the Police and Justice Act 2006

  Scenario: Before the duty is in force, substance misuse is watched rather than required
    Given the Police and Justice Act 2006 is not yet in force
    And no district names substance misuse in its strategic assessment
    When the working group assesses the evidence
    Then substance misuse is on the watch list
    And the rule that fired is STAT-004
    And the compliance report shows the Police and Justice Act 2006 as upcoming
    And the rule that fired is COMP-004

  Scenario: The crime and disorder committee is the council's duty, noted and not a gap
    When the working group assesses the evidence
    Then the compliance report notes the Police and Justice Act 2006 s19 as binding the council, not as a gap
    And its reason says "Binds the council"

  Scenario: Under strategic aims, substance misuse is a focus area driven by the statutory duty
    Given the county agrees strategic aims rather than priorities
    And no district names substance misuse in its strategic assessment
    When the working group assesses the evidence
    Then substance misuse is a focus area
    And the key drivers of the aim holding substance misuse include "Statutory duty"
