Feature: Crime and Disorder Act 1998, sections 6 and 17
  Section 6 requires the responsible authorities of an area to formulate and implement a strategy for
  the reduction of crime and disorder, including anti-social behaviour and other behaviour adversely
  affecting the local environment. The Police, Crime, Sentencing and Courts Act 2022 amended it so that
  serious violence is an explicit priority of every partnership's strategy.

  Section 17 requires each responsible authority to consider crime and disorder, including anti-social
  behaviour, in the exercise of all its functions. It binds each authority rather than the partnership;
  the county agreement is how the partnership helps its authorities meet it.

  Background:
    Given a county of 7 districts agreeing priorities for 2025/26
    And the Crime and Disorder Act 1998 s6 applies to anti-social behaviour
    And the Crime and Disorder Act 1998 s17 applies to anti-social behaviour

  Scenario: Anti-social behaviour is in the strategy, as section 6 requires
    Given 5 of the districts name anti-social behaviour as a main priority
    When the working group assesses the evidence
    Then anti-social behaviour is a priority
    And the justification cites the Crime and Disorder Act 1998
    And the compliance report shows the Crime and Disorder Act 1998 s6 met by anti-social behaviour
    And the rule that fired is COMP-001

  Scenario: No district names anti-social behaviour, yet the agreement still covers it
    Given no district names anti-social behaviour in its strategic assessment
    When the working group assesses the evidence
    Then anti-social behaviour is a priority
    And the rule that fired is DEC-003
    And the justification cites the Crime and Disorder Act 1998

  Scenario: The working group cannot drop anti-social behaviour
    Given 1 of the districts name anti-social behaviour as a main priority
    And the working group proposes to drop anti-social behaviour because "districts lead on it locally"
    When the working group assesses the evidence
    Then anti-social behaviour is a priority
    And the rule that fired is DEC-015
    And the justification cites the Crime and Disorder Act 1998
    And the compliance report shows no gaps

  Scenario: Section 17 binds each authority, so the report notes it rather than listing a gap
    Given no district names anti-social behaviour in its strategic assessment
    When the working group assesses the evidence
    Then the compliance report notes the Crime and Disorder Act 1998 s17 as binding each authority, not as a gap
    And the rule that fired is COMP-003
    And its reason says "not the partnership"

  Scenario: Serious violence has been an explicit priority since the 2022 amendment
    Given the Police, Crime, Sentencing and Courts Act 2022 applies to serious violence
    And no district names serious violence in its strategic assessment
    When the working group assesses the evidence
    Then serious violence is a priority
    And the justification cites the Police, Crime, Sentencing and Courts Act 2022

  Scenario: Under strategic aims, anti-social behaviour is a focus area driven by the statutory duty
    Given the county agrees strategic aims rather than priorities
    And no district names anti-social behaviour in its strategic assessment
    When the working group assesses the evidence
    Then anti-social behaviour is a focus area
    And the key drivers of the aim holding anti-social behaviour include "Statutory duty"
    And the compliance report shows the Crime and Disorder Act 1998 s6 met by anti-social behaviour
