using CorrAnalytics.Warehouse.Access;
using CorrAnalytics.Warehouse.Schema;

namespace CorrAnalytics.Warehouse.Scopes;

/// <summary>
/// The warehouse restricted to one regional department: an in-memory catalog <c>dept</c> in the
/// session's own connection where every core table with a facility holds only the department's
/// facilities (those whose version valid on the period's last day it runs), the regions and their
/// population only the department's, the rejected rows only those naming its facilities, and the
/// marts are built over that. The report code runs
/// unchanged and computes every figure on the subset. It reads whatever catalog is current, so it
/// composes with <see cref="History.AsOfWarehouse"/>.
/// </summary>
public sealed class DepartmentWarehouse : DerivedCatalog
{
    private DepartmentWarehouse(WarehouseSession session) : base(session, "dept")
    {
    }

    /// <summary>The facilities of the department on the period's last day, by code.</summary>
    public IReadOnlyList<string> Members => Session.Query("select facility_code from dept.core.department_members order by all", r => r.GetString(0));

    /// <summary>Enters the department's view; null when no facility belongs to it on <paramref name="periodEnd"/> (nothing is left attached).</summary>
    public static DepartmentWarehouse? Enter(WarehouseSession session, string department, DateOnly periodEnd)
    {
        var entered = new DepartmentWarehouse(session);
        var source = entered.Source;
        try
        {
            var from = CatalogViews.Quoted(source);
            session.Execute(SqlResources.Sql("scopes/members", ("source", from)), department, periodEnd.ToDateTime(TimeOnly.MinValue));
            if (session.Scalar<long>("select count(*) from dept.core.department_members") == 0)
            {
                entered.Dispose();
                return null;
            }
            var code = department.Replace("'", "''");
            foreach (var (schema, name) in CatalogViews.Tables(session, source))
            {
                var filter = name switch
                {
                    _ when schema == "core" && CatalogViews.HasColumn(session, source, schema, name, "facility_code") => " where facility_code in (select facility_code from dept.core.department_members)",
                    "dim_region" when schema == "core" => $" where department_code = '{code}'",
                    "rejects" when schema == "etl" => " where facility_code in (select facility_code from dept.core.department_members)",
                    "region_population" when schema == "core" => $" where region_code in (select region_code from {from}.core.dim_region where department_code = '{code}')",
                    _ => "",
                };
                session.Execute($"create view dept.{schema}.{name} as select * from {from}.{schema}.{name}{filter}");
            }
            CatalogViews.Use(session, "dept");
            return entered;
        }
        catch
        {
            entered.Dispose();
            throw;
        }
    }
}
