using CorrAnalytics.Reports.Common;
using CorrAnalytics.Warehouse.Access;
using CorrAnalytics.Warehouse.Schema;

namespace CorrAnalytics.Reports.Publications;

/// <summary>A publication as etl.publications records it: what was rendered, from which data version, when, and each file's SHA-256.</summary>
public sealed record PublishedReport(
    long Id, string Kind, string Period, ReportLanguage Language, string Scope, IReadOnlyList<string> Formats, DateTime GeneratedAt, long DataVersion,
    IReadOnlyList<ManifestFile> Files)
{
    /// <summary>The department's code for a department's report; null for the republic's.</summary>
    public string? Department => ReportScope.DepartmentOf(Scope);

    public static PublishedReport Read(WarehouseSession session, long id) =>
        session.Query(SqlResources.Sql("publications/by_id"), r => new PublishedReport(
                r.GetInt64(0), r.GetString(1), r.GetString(2), ReportLanguage.Parse(r.GetString(3)), r.GetString(4),
                r.GetString(5).Split(','), DateTime.SpecifyKind(r.GetDateTime(6), DateTimeKind.Utc), r.GetInt64(7),
                ManifestFile.ListFromJson(r.GetString(8))), id)
            .FirstOrDefault() ?? throw new ReportDataException("error.no_publication", id);
}
