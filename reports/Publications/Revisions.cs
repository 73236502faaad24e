using CorrAnalytics.Reports.Monthly;
using CorrAnalytics.Reports.Translations;
using CorrAnalytics.Warehouse.Access;
using CorrAnalytics.Warehouse.Schema;
using CorrAnalytics.Warehouse.Time;

namespace CorrAnalytics.Reports.Publications;

/// <summary>
/// What has changed since a month was published: its latest monthly publication's recorded figures
/// against the same figures now (or as of the data version the session reads), printed precision.
/// </summary>
public static class Revisions
{
    /// <summary>
    /// The revised figures of <paramref name="period"/>'s latest monthly publication (in
    /// <paramref name="language"/>, or any), none when it was never published or nothing has been
    /// loaded since that feeds it.
    /// </summary>
    public static IReadOnlyList<Revision> Of(WarehouseSession session, YearMonth period, Labels labels, string? language = null)
    {
        var version = session.Scalar<long>(SqlResources.Sql("publications/data_version"));
        var latest = session.Query(SqlResources.Sql("publications/latest_with_figures"), r => (Id: r.GetInt64(0), Version: r.GetInt64(1)),
            period.ToString(), language, version).Cast<(long Id, long Version)?>().FirstOrDefault();
        return latest is { } publication ? Changed(session, period, publication.Id, publication.Version, version, labels) : [];
    }

    /// <summary>The figures of publication <paramref name="publicationId"/> (of <paramref name="period"/>, rendered from <paramref name="publishedVersion"/>) revised since.</summary>
    public static IReadOnlyList<Revision> Since(WarehouseSession session, YearMonth period, long publicationId, long publishedVersion, Labels labels) =>
        Changed(session, period, publicationId, publishedVersion, session.Scalar<long>(SqlResources.Sql("publications/data_version")), labels);

    /// <summary>The publication's figures that differ from those of data version <paramref name="version"/>, the one the session reads.</summary>
    private static IReadOnlyList<Revision> Changed(WarehouseSession session, YearMonth period, long publicationId, long publishedVersion, long version, Labels labels)
    {
        var month = period.First.ToDateTime(TimeOnly.MinValue);
        var since = session.Query(SqlResources.Sql("publications/batches_since"), r => (File: r.GetString(1), Kind: r.GetString(2)),
            month, publishedVersion, version);
        if (since.Count == 0)
            return []; // nothing loaded since can have changed a figure: no need to compute them
        var published = session.Query(SqlResources.Sql("publications/figures"), r => (Key: r.GetString(0), Value: r.IsDBNull(1) ? (decimal?)null : r.GetDecimal(1)), publicationId)
            .ToDictionary(f => f.Key, f => f.Value);
        return HeadlineFigures.Of(session, "monthly", period.ToString())
            .Where(now => published.ContainsKey(now.Indicator))
            .Select(now => (Now: now, Then: now with { Value = published[now.Indicator] }))
            .Where(f => f.Now.Printed != f.Then.Printed)
            .Select(f => new Revision(period, f.Now.Indicator, labels[MonthlyReportBuilder.LabelKeys[f.Now.Indicator]], f.Now.Kind, f.Then.Printed, f.Now.Printed, publicationId,
                since.Where(b => HeadlineFigures.Feeds(b.Kind, f.Now.Indicator)).Select(b => b.File).Distinct().ToList()))
            .ToList();
    }
}
