using CorrAnalytics.Warehouse.Access;
using CorrAnalytics.Warehouse.Schema;

namespace CorrAnalytics.Etl.Load;

/// <summary>
/// The facility register (core.dim_facility, every version) read once and asked in memory: a
/// national history checks thousands of П-1 forms against it. Read again after a register snapshot loads.
/// </summary>
public sealed class FacilityVersions
{
    private readonly ILookup<string, (DateTime ValidFrom, DateTime ValidTo, DateTime OpenedOn, DateTime? ClosedOn)> _versions;

    public FacilityVersions(WarehouseSession session) =>
        _versions = session.Query(
            SqlResources.Sql("load/facility_versions"),
            r => (Code: r.GetString(0), ValidFrom: r.GetDateTime(1), ValidTo: r.GetDateTime(2), OpenedOn: r.GetDateTime(3),
                ClosedOn: r.IsDBNull(4) ? (DateTime?)null : r.GetDateTime(4)))
            .ToLookup(v => v.Code, v => (v.ValidFrom, v.ValidTo, v.OpenedOn, v.ClosedOn));

    /// <summary>Whether a version of the facility is valid, and the facility open, on some day between first and last.</summary>
    public bool IsOpen(string code, DateTime first, DateTime last) =>
        _versions[code].Any(v => v.ValidFrom <= last && v.ValidTo >= first && v.OpenedOn <= last && (v.ClosedOn is null || v.ClosedOn > first));
}
