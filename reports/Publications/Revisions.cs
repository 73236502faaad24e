using CorrAnalytics.Reports.Common.Indicators;
using CorrAnalytics.Reports.Common;
using CorrAnalytics.Reports.Monthly;
using CorrAnalytics.Reports.Translations;
using CorrAnalytics.Warehouse.Access;
using CorrAnalytics.Warehouse.Files;
using CorrAnalytics.Warehouse.Schema;
using CorrAnalytics.Warehouse.Scopes;
using CorrAnalytics.Warehouse.Time;

namespace CorrAnalytics.Reports.Publications;

/// <summary>
/// What has changed since a month was published: its latest monthly publication's recorded figures
/// against the same figures now (or as of the data version the session reads), printed precision,
/// for the republic or a department (its members on that month's last day, as it was published).
/// </summary>
/// <remarks>The session must not be in a department's view: each month's figures are read in that month's own view.</remarks>
public static class Revisions
{
    /// <summary>
    /// The revised figures of <paramref name="period"/>'s latest monthly publication of
    /// <paramref name="scope"/> (in <paramref name="language"/>, or any), none when it was never
    /// published or nothing has been loaded since that feeds it.
    /// </summary>
    public static IReadOnlyList<Revision> Of(WarehouseSession session, YearMonth period, Labels labels, string? language = null, string scope = ReportScope.NationalCode)
    {
        var version = session.Scalar<long>(SqlResources.Sql("publications/data_version"));
        var latest = session.Query(SqlResources.Sql("publications/latest_with_figures"), r => (Id: r.GetInt64(0), Version: r.GetInt64(1)),
            period.ToString(), language, version, scope).Cast<(long Id, long Version)?>().FirstOrDefault();
        return latest is { } publication ? Changed(session, period, scope, publication.Id, publication.Version, version, labels) : [];
    }

    /// <summary>The figures of publication <paramref name="publicationId"/> (of <paramref name="period"/> and <paramref name="scope"/>, rendered from <paramref name="publishedVersion"/>) revised since.</summary>
    public static IReadOnlyList<Revision> Since(WarehouseSession session, YearMonth period, string scope, long publicationId, long publishedVersion, Labels labels) =>
        Changed(session, period, scope, publicationId, publishedVersion, session.Scalar<long>(SqlResources.Sql("publications/data_version")), labels);

    /// <summary>The publication's figures that differ from those of data version <paramref name="version"/>, the one the session reads.</summary>
    private static IReadOnlyList<Revision> Changed(WarehouseSession session, YearMonth period, string scope, long publicationId, long publishedVersion, long version, Labels labels)
    {
        var month = period.First.ToDateTime(TimeOnly.MinValue);
        var since = session.Query(SqlResources.Sql("publications/batches_since"), r => new Loaded(r.GetString(1), r.GetString(2), r.IsDBNull(3) ? "" : r.GetString(3), r.GetDateTime(4)),
            month, publishedVersion, version);
        if (since.Count == 0)
            return []; // nothing loaded since can have changed a figure: no need to compute them
        var published = session.Query(SqlResources.Sql("publications/figures"), r => (Key: r.GetString(0), Value: r.IsDBNull(1) ? (decimal?)null : r.GetDecimal(1)), publicationId)
            .ToDictionary(f => f.Key, f => f.Value);
        if (ReportScope.DepartmentOf(scope) is not { } department)
            return Compare(HeadlineFigures.InView(session, period), published, since, period, publicationId, labels);
        using var view = DepartmentWarehouse.Enter(session, department, period.Last);
        if (view is null)
            return []; // the department runs no facility that month any more: there is nothing to compare its publication with
        var forms = view.Members.Select(FileNameCode.Of).ToHashSet(StringComparer.Ordinal);
        return Compare(HeadlineFigures.InView(session, period), published, since.Where(b => b.Kind != "production" || forms.Contains(b.Facility)).ToList(),
            period, publicationId, labels);
    }

    private static List<Revision> Compare(IReadOnlyList<PublishedFigure> current, Dictionary<string, decimal?> published, IReadOnlyList<Loaded> since,
        YearMonth period, long publicationId, Labels labels) =>
        current
            .Where(now => published.ContainsKey(now.Indicator))
            .Select(now => (Now: now, Then: now with { Value = published[now.Indicator] }))
            .Where(f => f.Now.Printed != f.Then.Printed)
            .Select(f => new Revision(period, f.Now.Indicator, labels[IndicatorCatalogue.Get(f.Now.Indicator).LabelKey], f.Now.Kind, f.Then.Printed, f.Now.Printed, publicationId,
                since.Where(b => HeadlineFigures.Feeds(b.Kind, f.Now.Indicator)).Select(b => b.File).Distinct().ToList())
            {
                Causes = since.Where(b => HeadlineFigures.Feeds(b.Kind, f.Now.Indicator))
                    .GroupBy(b => (b.Kind, b.Slice)).Select(g => new RevisionCause(g.Key.Kind, g.Key.Slice, g.Max(b => b.LoadedAt))).ToList(),
            })
            .ToList();

    /// <summary>A file loaded since the publication that feeds its month; a production form's slice names its facility (as a file name writes it).</summary>
    private sealed record Loaded(string File, string Kind, string Slice, DateTime LoadedAt)
    {
        public string Facility => Slice.Split('@')[0];
    }
}
