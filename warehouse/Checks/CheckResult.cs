namespace CorrAnalytics.Warehouse.Checks;

public sealed record CheckResult(
    string Name,
    string Severity,
    string Description,
    long Violations,
    IReadOnlyList<string> Sample)
{
    public bool Passed => Violations == 0;

    public bool IsError => Severity == "error";
}
