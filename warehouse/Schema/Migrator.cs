using CorrAnalytics.Warehouse.Time;
using System.Security.Cryptography;
using System.Text;
using CorrAnalytics.Warehouse.Access;

namespace CorrAnalytics.Warehouse.Schema;

/// <summary>
/// Applies the numbered files of warehouse/migrations in order, each in its own transaction,
/// and records them in meta.schema_version. A file already recorded is skipped; one whose text
/// changed after it was applied is an error, because the warehouse would no longer match it.
/// </summary>
public sealed class Migrator(WarehouseSession session, ProductClock clock)
{
    private const string Folder = "migrations/";

    public IReadOnlyList<AppliedMigration> Migrate()
    {
        session.Execute(SqlResources.Read("meta/schema_version.sql"));
        var recorded = session.Query(
            "select version, checksum from meta.schema_version",
            r => (Version: r.GetInt32(0), Checksum: r.GetString(1)))
            .ToDictionary(x => x.Version, x => x.Checksum);

        var applied = new List<AppliedMigration>();
        foreach (var resource in SqlResources.List(Folder))
        {
            var name = resource[Folder.Length..];
            var version = ParseVersion(name);
            var sql = SqlResources.Read(resource);
            var checksum = Checksum(sql);
            if (recorded.TryGetValue(version, out var known))
            {
                if (known != checksum)
                    throw new InvalidOperationException(
                        $"Migration {name} was changed after it was applied to this warehouse. " +
                        "Add a new numbered migration instead of editing an applied one.");
                continue;
            }
            session.InTransaction(() =>
            {
                session.Execute(sql);
                session.Execute(
                    "insert into meta.schema_version (version, name, checksum, applied_at) values ($1, $2, $3, $4)",
                    version, name, checksum, clock.UtcDateTime);
            });
            applied.Add(new AppliedMigration(version, name));
        }
        return applied;
    }

    public int CurrentVersion() =>
        session.Scalar<int?>("select max(version) from meta.schema_version") ?? 0;

    private static int ParseVersion(string name)
    {
        var digits = new string(name.TakeWhile(char.IsDigit).ToArray());
        return digits.Length > 0
            ? int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture)
            : throw new InvalidOperationException($"Migration file '{name}' must start with its number, e.g. 0005_name.sql.");
    }

    private static string Checksum(string sql) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sql.ReplaceLineEndings("\n"))));
}
