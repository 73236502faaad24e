namespace CorrAnalytics.Etl.Inbox;

/// <summary>The kinds of inbox file of DESIGN §3, in the order a backfill loads them.</summary>
public enum FileKind
{
    Facilities,
    Products,
    BudgetPlan,
    Population,
    Movements,
    Incidents,
    Staffing,
    BudgetExec,
    Production,
}
