using CorrAnalytics.Warehouse.Access;
using CorrAnalytics.Warehouse.Queries;
using CorrAnalytics.Warehouse.Queries.Common;
using CorrAnalytics.Warehouse.Queries.Monthly;
using CorrAnalytics.Warehouse.Schema;
using CorrAnalytics.Warehouse.Scopes;
using CorrAnalytics.Warehouse.Time;

namespace CorrAnalytics.Reports.Common;

/// <summary>
/// What a report covers: the republic, or one regional department (the facilities whose version valid
/// at the period's end it runs), with the national headline figures to print beside the department's.
/// </summary>
public sealed record ReportScope(string Code, string? Name, IndicatorsRow? National)
{
    /// <summary>In a department's scope, the month's rejected rows whose facility cannot be resolved: they are in the republic's annex only.</summary>
    public long UnattributedRejects { get; init; }

    public const string NationalCode = "national";

    public static readonly ReportScope Republic = new(NationalCode, null, null);

    public bool IsDepartment => Code != NationalCode;

    /// <summary>The department's code a scope names; null for the republic's.</summary>
    public static string? DepartmentOf(string scope) => scope == NationalCode ? null : scope;

    /// <summary>The part of a file name that says the scope: <c>_D-35</c>, nothing for the republic.</summary>
    public string FileTag => IsDepartment ? "_" + Code : "";

    public string Title(string reportTitle) => IsDepartment ? $"{reportTitle} — {Name}" : reportTitle;

    /// <summary>The department's name in <paramref name="language"/>; a <see cref="ReportDataException"/> when there is no such department.</summary>
    public static string Require(WarehouseSession session, string department, ReportLanguage language) =>
        session.Query(SqlResources.Sql("scopes/department"), r => r.GetString(0), department, language.Code).FirstOrDefault()
            ?? throw new ReportDataException("error.no_department", department);

    /// <summary>
    /// Renders <paramref name="build"/> for <paramref name="department"/> (null: the republic): the national
    /// figures read first, then the warehouse restricted to the department. An unknown department, or
    /// one with no facility at the period's end, is a <see cref="ReportDataException"/>.
    /// </summary>
    public static T Render<T>(WarehouseSession session, string? department, YearMonth period, ReportLanguage language, Func<ReportScope, T> build)
    {
        if (department is null or NationalCode)
            return build(Republic);
        var name = Require(session, department, language);
        var month = period.First.ToDateTime(TimeOnly.MinValue);
        var national = ReportQueries.Single<IndicatorsRow>(session, month);
        var unattributed = ReportQueries.Single<RejectsUnattributedRow>(session, month).Rows ?? 0;
        using var view = DepartmentWarehouse.Enter(session, department, period.Last)
            ?? throw new ReportDataException("error.department_empty", department, period.ToString());
        return build(new ReportScope(department, name, national) { UnattributedRejects = unattributed });
    }
}
