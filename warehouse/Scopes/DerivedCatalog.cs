using CorrAnalytics.Warehouse.Access;

namespace CorrAnalytics.Warehouse.Scopes;

/// <summary>
/// An in-memory catalog attached to a session's connection for as long as it is entered, built from
/// the catalog that was current (<see cref="Source"/>), to which disposing it returns.
/// </summary>
public abstract class DerivedCatalog : IDisposable
{
    protected DerivedCatalog(WarehouseSession session, string name)
    {
        Session = session;
        Name = name;
        Source = CatalogViews.Current(session);
        CatalogViews.Attach(session, name);
    }

    protected WarehouseSession Session { get; }

    protected string Name { get; }

    /// <summary>The catalog the views read from and the session returns to.</summary>
    protected string Source { get; }

    public void Dispose() => CatalogViews.Leave(Session, Source, Name);
}
