Feature: Police, Crime, Sentencing and Courts Act 2022: the Serious Violence Duty
  Part 2 of the Act requires specified authorities to collaborate to prevent and reduce serious
  violence, and amends the Crime and Disorder Act 1998 so that partnership strategies must address it.
  The duty came into force on 31 January 2023.

  Background:
    Given a county of 7 districts agreeing priorities for 2025/26
    And the Police, Crime, Sentencing and Courts Act 2022 applies to serious violence

  Scenario: Serious violence is a priority once the duty is in force
    Given 2 of the districts name serious violence as a main priority
    When the working group assesses the evidence
    Then serious violence is a priority
    And the rule that fired is DEC-003
    And the justification cites the Police, Crime, Sentencing and Courts Act 2022
    And the compliance report shows the Police, Crime, Sentencing and Courts Act 2022 met by serious violence

  Scenario: No district names serious violence
    Given no district names serious violence in its strategic assessment
    When the working group assesses the evidence
    Then serious violence is a priority
    And the rule that fired is STAT-001

  Scenario: While the duty is upcoming, serious violence is watched and the report says prepare
    Given the Police, Crime, Sentencing and Courts Act 2022 is not yet in force
    And no district names serious violence in its strategic assessment
    When the working group assesses the evidence
    Then serious violence is on the watch list
    And the rule that fired is STAT-004
    And the compliance report shows the Police, Crime, Sentencing and Courts Act 2022 as upcoming
    And the rule that fired is COMP-004

  Scenario: What if the duty comes into force when the agreement starts
    Given the Police, Crime, Sentencing and Courts Act 2022 is not yet in force
    And the Police, Crime, Sentencing and Courts Act 2022 comes into force when the agreement starts
    And no district names serious violence in its strategic assessment
    When the working group assesses the evidence
    Then serious violence is a priority
    And the rule that fired is STAT-001

  Scenario: The working group tries to drop serious violence
    Given the working group proposes to drop serious violence because "the violence reduction unit leads it"
    When the working group assesses the evidence
    Then serious violence is a priority
    And the rule that fired is DEC-015
    And the justification cites the Police, Crime, Sentencing and Courts Act 2022

  Scenario: Under strategic aims, serious violence is a focus area driven by the statutory duty
    Given the county agrees strategic aims rather than priorities
    When the working group assesses the evidence
    Then serious violence is a focus area
    And the key drivers of the aim holding serious violence include "Statutory duty"

  Scenario: Areas reshaped without serious violence leave a gap the report names
    Given the county's areas no longer include one for serious violence
    When the working group assesses the evidence
    Then the compliance report shows the Police, Crime, Sentencing and Courts Act 2022 as a gap
    And its reason says "No area of the taxonomy holds serious-violence"
    And the rule that fired is COMP-002
