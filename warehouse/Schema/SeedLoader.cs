using CorrAnalytics.Warehouse.Access;

namespace CorrAnalytics.Warehouse.Schema;

/// <summary>
/// Loads the reference seeds (warehouse/seeds/*.csv) into their dimensions with DuckDB's own CSV
/// reader. Seeds replace rows by key, so editing a seed and running init again updates the
/// warehouse; products only add missing codes, because a catalogue snapshot from the inbox may
/// have renamed a product since.
/// </summary>
public sealed class SeedLoader(WarehouseSession session)
{
    public static readonly IReadOnlyList<SeedTable> Tables =
    [
        new("regions", "core.dim_region"),
        new("region_population", "core.region_population"),
        new("departments", "core.dim_department"),
        new("facility_types", "core.dim_facility_type"),
        new("security_levels", "core.dim_security_level"),
        new("movements", "core.dim_movement"),
        new("incident_types", "core.dim_incident_type"),
        new("staff_categories", "core.dim_staff_category"),
        new("budget_specific_groups", "core.dim_budget_specific_group"),
        new("budget_specifics", "core.dim_budget_specific"),
        new("funding_sources", "core.dim_funding_source"),
        new("product_categories", "core.dim_product_category"),
        new("units", "core.dim_unit"),
        new("unit_aliases", "core.dim_unit_alias"),
        new("branches", "core.dim_branch"),
        new("products", "core.dim_product", KeepExisting: true),
    ];

    public IReadOnlyDictionary<string, long> Load()
    {
        var counts = new Dictionary<string, long>();
        var folder = Directory.CreateTempSubdirectory("corr-seeds-");
        try
        {
            session.InTransaction(() =>
            {
                foreach (var seed in Tables)
                {
                    var path = Path.Combine(folder.FullName, seed.File + ".csv");
                    File.WriteAllText(path, SqlResources.Read($"seeds/{seed.File}.csv"));
                    var verb = seed.KeepExisting ? "insert or ignore" : "insert or replace";
                    // Table names come from the list above, never from input.
                    session.Execute(
                        $"{verb} into {seed.Table} by name select * from read_csv($1, header = true, delim = ',', quote = '\"')",
                        path);
                    counts[seed.File] = session.Scalar<long>($"select count(*) from {seed.Table}");
                }
            });
        }
        finally
        {
            folder.Delete(recursive: true);
        }
        return counts;
    }
}
