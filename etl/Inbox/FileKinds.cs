namespace CorrAnalytics.Etl.Inbox;

public static class FileKinds
{
    public static string Code(this FileKind kind) => kind switch
    {
        FileKind.Facilities => "facilities",
        FileKind.Products => "products",
        FileKind.BudgetPlan => "budget_plan",
        FileKind.Population => "population",
        FileKind.Movements => "movements",
        FileKind.Incidents => "incidents",
        FileKind.Staffing => "staffing",
        FileKind.BudgetExec => "budget_exec",
        FileKind.Production => "production",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static bool IsReference(this FileKind kind) => kind is FileKind.Facilities or FileKind.Products;
}
