Feature: Recommend the county's priorities and strategic aims from the evidence
  In a two-tier area the county partnership agrees a Community Safety Agreement drawn from every
  district's strategic assessment (Crime and Disorder (Formulation and Implementation of Strategy)
  Regulations 2007, regulation 9). The working group weighs the district assessments with threat,
  risk and harm, horizon scanning, statutory duties and the Police and Crime Plan, to which the
  partnership must have regard (Police Reform and Social Responsibility Act 2011, section 10).
  These scenarios replay Kent's published decisions from the evidence Kent had.

  Scenario: Kent's 2022/23 agreement: eight priorities and five cross-cutting themes
    Given the evidence Kent's working group had for 2022/23
    When the working group assesses it
    Then 8 priorities and 5 cross-cutting themes are recommended
    And "Violence Against Women and Girls (VAWG)" is a new priority
    And the reason for "Violence Against Women and Girls (VAWG)" cites rule DEC-007

  Scenario: Road safety is kept although few districts name it
    Given the evidence Kent's working group had for 2022/23
    When the working group assesses it
    Then "Road Safety" is a retained priority
    And the reason for "Road Safety" cites rule DEC-006
    And the reason for "Road Safety" says "3 of 12"

  Scenario: A widely shared way of working becomes a cross-cutting theme, not a priority
    Given the evidence Kent's working group had for 2022/23
    When the working group assesses it
    Then "Support Mental Health and Wellbeing" is a retained cross-cutting theme
    And the reason for "Support Mental Health and Wellbeing" cites rule DEC-002

  Scenario: Kent's 2026/27 agreement: three strategic aims
    Given the evidence Kent's working group had for 2026/27
    When the working group assesses it
    Then the strategic aims are adopted with these focus areas
      | aim   | focus areas                                                                                       |
      | aim-1 | neighbourhood-crime-asb, hate-crime, community-cohesion, road-safety                              |
      | aim-2 | vawg, domestic-abuse, serious-violence, organised-crime                                           |
      | aim-3 | safeguarding, substance-misuse, reoffending, prevent, exploitation, mental-health                 |
    And aim-3 notes the Prevent duty on each authority rather than listing it as a partnership duty
