using CorrAnalytics.Reports.Common;
using CorrAnalytics.Warehouse.Access;
using CorrAnalytics.Warehouse.Schema;

namespace CorrAnalytics.Reports.Publications;

/// <summary>
/// After a restore from an older copy: every publication whose manifest stands under
/// <c>&lt;data&gt;/reports</c> but which etl.publications no longer holds is recorded again, under its own
/// number, from the manifest. Numbers are then never given twice (a new one follows the highest), the
/// same report of the same data is found as published, and <c>corr report verify</c> knows every file.
/// </summary>
public static class PublicationReconciler
{
    /// <summary>Records the publications the manifests name and the warehouse lacks; returns how many.</summary>
    public static int Reconcile(WarehouseSession session, string dataDir)
    {
        var reports = Path.Combine(dataDir, "reports");
        if (!Directory.Exists(reports))
            return 0;
        var known = session.Query(SqlResources.Sql("publications/ids"), r => r.GetInt64(0)).ToHashSet();
        var recorded = 0;
        foreach (var path in Directory.EnumerateFiles(reports, "manifest*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (ReportManifest.TryRead(path) is not { PublicationId: { } id } manifest || !known.Add(id))
                continue;
            recorded += session.Execute(SqlResources.Sql("publications/insert_recovered"), id, manifest.Report, manifest.Period, manifest.Language, manifest.Scope,
                string.Join(',', manifest.Formats), manifest.GeneratedAt, manifest.PublishedVersion ?? manifest.DataVersionBatch ?? 0, manifest.AsOf, ManifestFile.ListToJson(manifest.Files));
        }
        return recorded;
    }
}
