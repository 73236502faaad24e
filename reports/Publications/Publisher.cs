using CorrAnalytics.Warehouse.Time;
using CorrAnalytics.Reports.Common;
using CorrAnalytics.Warehouse.Access;
using CorrAnalytics.Warehouse.History;
using CorrAnalytics.Warehouse.Schema;

namespace CorrAnalytics.Reports.Publications;

/// <summary>
/// Renders a report as a publication (docs/history.md): from the warehouse as it is, or as of a
/// data version; stamped with the time it was first generated for that data version, so rendering
/// it again gives the same files; recorded in etl.publications with each file's SHA-256, and its
/// id written into the manifest.
/// </summary>
public sealed class Publisher(WarehouseSession session, ProductClock clock)
{
    public Publication Publish(PublicationRequest request, Func<ProductClock, ReportOutput> render)
    {
        long version;
        Same? same;
        DateTime generatedAt;
        ReportOutput output;
        IReadOnlyList<PublishedFigure> figures;
        using (request.AsOf is { } asOf ? AsOfWarehouse.Enter(session, asOf) : null)
        {
            version = DataVersion();
            same = Existing(request, version);
            var now = clock.UtcNow.UtcTicks;
            generatedAt = same?.GeneratedAt ?? new DateTime(now - now % TimeSpan.TicksPerSecond, DateTimeKind.Utc); // as etl.publications keeps it
            output = render(clock.StoppedAt(new DateTimeOffset(DateTime.SpecifyKind(generatedAt, DateTimeKind.Utc))));
            figures = same is null && !session.IsReadOnly ? HeadlineFigures.Of(session, request.Kind, request.Period, request.Scope) : [];
        }
        // Recorded in the warehouse itself, once back from the as-of catalog, which is read-only.
        var files = output.Files.Select(ReportManifest.Describe).ToList();
        var id = same?.Id ?? (session.IsReadOnly ? null : Record(request, generatedAt, version, files, figures));
        var manifest = ReportManifest.Read(output.Manifest) with { PublicationId = id, AsOf = request.AsOf, PublishedVersion = id is null ? null : version };
        manifest.Write(Path.GetDirectoryName(output.Manifest)!, Path.GetFileName(output.Manifest));
        var differing = same is null ? [] : Differing(same.Files, files);
        return new Publication(output, id, version, generatedAt, same is not null, request.AsOf, differing);
    }

    /// <summary>The publication <paramref name="request"/> would be from the warehouse as it is now, if it has been rendered already.</summary>
    public long? Find(PublicationRequest request) => Existing(request, DataVersion())?.Id;

    /// <summary>
    /// The publication <paramref name="request"/> would be from the warehouse as it is now, when its
    /// files stand in <paramref name="folder"/> as they were published (a manifest there names it, every
    /// file has its SHA-256): nothing to render again. Null otherwise.
    /// </summary>
    public Publication? Standing(PublicationRequest request, string folder)
    {
        var version = DataVersion();
        if (Existing(request, version) is not { } same || !Directory.Exists(folder))
            return null;
        var files = same.Files.Select(f => Path.Combine(folder, f.Name)).ToList();
        if (!files.All(File.Exists) || Differing(same.Files, files.Select(ReportManifest.Describe).ToList()).Count > 0)
            return null;
        return Directory.EnumerateFiles(folder, "manifest*.json").Order(StringComparer.Ordinal)
            .Where(path => ReportManifest.TryRead(path)?.PublicationId == same.Id)
            .Select(path => new Publication(new ReportOutput(files, path, 0), same.Id, version, same.GeneratedAt, true, null, []))
            .FirstOrDefault();
    }

    /// <summary>
    /// Renders a publication again, as of the data version it was rendered from and stamped with its
    /// time, records nothing, and compares each file with the SHA-256 recorded for it.
    /// </summary>
    public Reproduction Reproduce(PublishedReport published, Func<ProductClock, ReportOutput> render)
    {
        ReportOutput output;
        using (AsOfWarehouse.Enter(session, published.DataVersion))
            output = render(clock.StoppedAt(new DateTimeOffset(DateTime.SpecifyKind(published.GeneratedAt, DateTimeKind.Utc))));
        return new Reproduction(output, Differing(published.Files, output.Files.Select(ReportManifest.Describe).ToList()));
    }

    private long Record(PublicationRequest request, DateTime generatedAt, long version, IReadOnlyList<ManifestFile> files, IReadOnlyList<PublishedFigure> figures) =>
        session.InTransaction(() =>
        {
            var id = session.Scalar<long>(SqlResources.Sql("publications/insert"),
                request.Kind, request.Period, request.Language.Code, request.Scope, request.FormatList, generatedAt, version, request.AsOf, request.TriggeredBy,
                ManifestFile.ListToJson(files));
            foreach (var figure in figures)
                session.Execute(SqlResources.Sql("publications/insert_figure"), id, figure.Indicator, figure.Value);
            return id;
        });

    private long DataVersion() => session.Scalar<long>(SqlResources.Sql("publications/data_version"));

    private Same? Existing(PublicationRequest request, long version) =>
        session.Query(SqlResources.Sql("publications/same"), r => new Same(r.GetInt64(0), r.GetDateTime(1), ManifestFile.ListFromJson(r.GetString(2))),
            request.Kind, request.Period, request.Language.Code, request.Scope, request.FormatList, version, request.AsOf).FirstOrDefault();

    /// <summary>The published files whose bytes the render did not give again.</summary>
    private static List<string> Differing(IReadOnlyList<ManifestFile> published, IReadOnlyList<ManifestFile> rendered) =>
        published.Where(p => rendered.SingleOrDefault(f => f.Name == p.Name) is not { } f || f.Sha256 != p.Sha256).Select(p => p.Name).ToList();

    private sealed record Same(long Id, DateTime GeneratedAt, IReadOnlyList<ManifestFile> Files);
}
