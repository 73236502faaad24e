using CorrAnalytics.Etl.Inbox;
using CorrAnalytics.Warehouse.Access;
using CorrAnalytics.Warehouse.Schema;

namespace CorrAnalytics.Etl.Load;

/// <summary>The product codes and facility versions a run checks files against, read once and again after a register loads.</summary>
internal sealed class RegisterCache(WarehouseSession session)
{
    private HashSet<string>? _products;
    private FacilityVersions? _facilities;

    public IReadOnlySet<string> Products =>
        _products ??= session.Query(SqlResources.Sql("load/product_codes"), r => r.GetString(0)).ToHashSet();

    public FacilityVersions Facilities => _facilities ??= new FacilityVersions(session);

    /// <summary>Forgets what a just-loaded register snapshot changed.</summary>
    public void Loaded(FileKind kind)
    {
        if (kind == FileKind.Products)
            _products = null;
        if (kind == FileKind.Facilities)
            _facilities = null;
    }
}
