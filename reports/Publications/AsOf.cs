using System.Globalization;
using CorrAnalytics.Reports.Common;
using CorrAnalytics.Warehouse.Access;
using CorrAnalytics.Warehouse.Schema;

namespace CorrAnalytics.Reports.Publications;

/// <summary>
/// What <c>--as-of</c> names: a publication id (the data version it was rendered from) or a local
/// time in the configured zone (the data version then: the latest batch finished by that moment).
/// </summary>
public static class AsOf
{
    public static readonly string[] TimeFormats = ["yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd"];

    /// <summary>Whether <paramref name="text"/> is a publication id or a time as --as-of takes it.</summary>
    public static bool IsValid(string text) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0
        || DateTime.TryParseExact(text, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    public static long DataVersion(WarehouseSession session, string text, TimeZoneInfo zone)
    {
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            return session.Query(SqlResources.Sql("publications/version_of"), r => r.GetInt64(0), id).Cast<long?>().FirstOrDefault()
                ?? throw new ReportDataException("error.no_publication", id);
        var local = DateTime.ParseExact(text, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None);
        return session.Scalar<long>(SqlResources.Sql("publications/version_at"), TimeZoneInfo.ConvertTimeToUtc(local, zone));
    }
}
