Feature: Policing and Crime Act 2009: reducing reoffending
  The Policing and Crime Act 2009 added the reduction of reoffending to the matters a partnership's
  strategy must address (amending section 6 of the Crime and Disorder Act 1998). Reducing reoffending is
  a way of working that runs through the other priorities, so the agreement carries it as a
  cross-cutting theme, or as a focus area under strategic aims.

  Background:
    Given a county of 7 districts agreeing priorities for 2025/26
    And the Policing and Crime Act 2009 applies to reducing reoffending

  Scenario: Reducing reoffending is a cross-cutting theme of the agreement
    Given 1 of the districts name reducing reoffending as a cross-cutting theme
    When the working group assesses the evidence
    Then reducing reoffending is a cross-cutting theme
    And the rule that fired is DEC-004
    And the justification cites the Policing and Crime Act 2009
    And the compliance report shows the Policing and Crime Act 2009 met by reducing reoffending

  Scenario: No district names reducing reoffending
    Given no district names reducing reoffending in its strategic assessment
    When the working group assesses the evidence
    Then reducing reoffending is a cross-cutting theme
    And the justification cites the Policing and Crime Act 2009

  Scenario: The working group tries to drop reducing reoffending
    Given the working group proposes to drop reducing reoffending because "probation leads on it"
    When the working group assesses the evidence
    Then reducing reoffending is covered
    And the rule that fired is DEC-015

  Scenario: Before the 2009 Act, reoffending was not yet a duty of the strategy
    Given the agreement is for 2009/10
    And no district names reducing reoffending in its strategic assessment
    When the working group assesses the evidence
    Then reducing reoffending is not covered
    And the compliance report shows the Policing and Crime Act 2009 as upcoming

  Scenario: Under strategic aims, reducing reoffending is a focus area
    Given the county agrees strategic aims rather than priorities
    When the working group assesses the evidence
    Then reducing reoffending is a focus area
    And the key drivers of the aim holding reducing reoffending include "Statutory duty"
