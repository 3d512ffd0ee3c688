Feature: Police Reform and Social Responsibility Act 2011, section 10: regard to the Police and Crime Plan
  The responsible authorities must have regard to the police and crime objectives in the Police and
  Crime Commissioner's Police and Crime Plan, the Commissioner must have regard to the partnership's
  priorities, and they must co-operate. Having regard is not a veto: every priority of the plan is
  either covered by the agreement or its absence is explained.

  Background:
    Given a county of 7 districts agreeing priorities for 2025/26
    And the Police Reform and Social Responsibility Act 2011 applies

  Scenario: Every priority of the plan is covered or its absence explained
    Given the Police and Crime Plan has the priority "Tackle violence against women and girls" covering violence against women and girls
    And the Police and Crime Plan has the priority "Cut fraud against older people" covering fraud
    And 4 of the districts name violence against women and girls as a main priority
    When the working group assesses the evidence
    Then every Police and Crime Plan priority is covered or its absence explained
    And the plan priority "Tackle violence against women and girls" is covered by violence against women and girls
    And the plan priority "Cut fraud against older people" is explained: "not prioritised"
    And the compliance report shows the Police Reform and Social Responsibility Act 2011 as met
    And the rule that fired is COMP-010

  Scenario: A plan priority that concerns no issue of the partnership's is explained, not ignored
    Given the Police and Crime Plan has the priority "Secure the funding the force needs", which concerns no issue of the partnership's
    When the working group assesses the evidence
    Then the plan priority "Secure the funding the force needs" is explained: "left to the Police and Crime Plan"

  Scenario: No Police and Crime Plan among the evidence
    When the working group assesses the evidence
    Then the compliance report shows the Police Reform and Social Responsibility Act 2011 as a gap
    And the rule that fired is COMP-011

  Scenario: The working group drops a plan priority's issue, and the report says why
    Given the Police and Crime Plan has the priority "Tackle violence against women and girls" covering violence against women and girls
    And 4 of the districts name violence against women and girls as a main priority
    And the working group proposes to drop violence against women and girls because "the county domestic abuse board now leads it"
    When the working group assesses the evidence
    Then violence against women and girls is not covered
    And the rule that fired is DEC-014
    And the plan priority "Tackle violence against women and girls" is explained: "the county domestic abuse board now leads it"

  Scenario: The working group adopts a plan priority's issue that the districts did not name
    Given the Police and Crime Plan has the priority "Cut fraud against older people" covering fraud
    And no district names fraud in its strategic assessment
    And the working group decides to adopt fraud because "the Commissioner's plan names it and reports are rising"
    When the working group assesses the evidence
    Then fraud is a priority
    And the rule that fired is DEC-016
    And the plan priority "Cut fraud against older people" is covered by fraud

  Scenario: Under strategic aims, a plan priority is covered by a focus area
    Given the county agrees strategic aims rather than priorities
    And the Police and Crime Plan has the priority "Tackle violence against women and girls" covering violence against women and girls
    And 4 of the districts name violence against women and girls as a main priority
    When the working group assesses the evidence
    Then violence against women and girls is a focus area
    And the plan priority "Tackle violence against women and girls" is covered by violence against women and girls
    And the key drivers of the aim holding violence against women and girls include "Policing priorities"
