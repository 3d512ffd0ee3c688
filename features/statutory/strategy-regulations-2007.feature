Feature: Crime and Disorder (Formulation and Implementation of Strategy) Regulations 2007
  Every district partnership prepares a strategic assessment each year. In a two-tier area the county
  partnership agrees a community safety agreement drawn from the districts' strategic assessments
  (regulation 9). So the county needs every district's assessment, and an issue that many districts
  name in their own right earns its place from that evidence alone.

  Background:
    Given a county of 7 districts agreeing priorities for 2025/26
    And the Crime and Disorder (Formulation and Implementation of Strategy) Regulations 2007 applies

  Scenario: An issue most districts name becomes a county priority
    Given 4 of the districts name fraud as a main priority
    When the working group assesses the evidence
    Then fraud is a priority
    And the rule that fired is DEC-001
    And the justification cites the Crime and Disorder (Formulation and Implementation of Strategy) Regulations 2007
    And the compliance report shows the Crime and Disorder (Formulation and Implementation of Strategy) Regulations 2007 as met
    And its reason says "a strategic assessment from each district"
    And the rule that fired is COMP-006

  Scenario: An issue no district names earns no place from the assessments
    Given no district names fraud in its strategic assessment
    When the working group assesses the evidence
    Then fraud is not covered
    And the rule that fired is SA-005

  Scenario: Named only inside broader themes, an issue is not a priority of its own
    Given 5 of the districts name fraud only inside a broader theme
    When the working group assesses the evidence
    Then fraud is not covered
    And the rule that fired is SA-002

  Scenario: A district's assessment is missing
    Given no strategic assessment has come in from 2 of the districts
    When the working group assesses the evidence
    Then the compliance report shows the Crime and Disorder (Formulation and Implementation of Strategy) Regulations 2007 as a gap
    And its reason says "District 6, District 7"
    And the rule that fired is COMP-007

  Scenario: Under strategic aims, the districts' choice is the community safety plans driver
    Given the county agrees strategic aims rather than priorities
    And 4 of the districts name fraud as a main priority
    When the working group assesses the evidence
    Then fraud is a focus area
    And the key drivers of the aim holding fraud include "Community safety plans"
