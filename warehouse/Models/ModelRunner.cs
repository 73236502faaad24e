using CorrAnalytics.Warehouse.Access;
using CorrAnalytics.Warehouse.Schema;

namespace CorrAnalytics.Warehouse.Models;

/// <summary>
/// Reloads the row-rule macros (warehouse/sql/macros, one per file) and builds every model of
/// warehouse/sql/models in dependency order, in one transaction. Rules live here, not in a
/// migration, so a change to a rule is a change to its file and the next <c>corr init</c>.
/// </summary>
public sealed class ModelRunner(WarehouseSession session)
{
    public static IReadOnlyList<SqlModel> LoadModels() =>
        SqlResources.List("models/").Select(SqlModel.FromResource).ToList();

    /// <summary>Models sorted so that each comes after the models it reads; a cycle is an error.</summary>
    public static IReadOnlyList<SqlModel> InDependencyOrder(IReadOnlyList<SqlModel> models)
    {
        var byName = models.ToDictionary(m => m.QualifiedName);
        var known = byName.Keys.ToHashSet();
        var ordered = new List<SqlModel>();
        var state = new Dictionary<string, bool>(); // false: visiting, true: done

        void Visit(SqlModel model, Stack<string> path)
        {
            if (state.TryGetValue(model.QualifiedName, out var done))
            {
                if (done) return;
                throw new InvalidOperationException(
                    $"The models form a cycle: {string.Join(" -> ", path.Reverse())} -> {model.QualifiedName}.");
            }
            state[model.QualifiedName] = false;
            path.Push(model.QualifiedName);
            foreach (var dependency in model.References(known).Order(StringComparer.Ordinal))
                Visit(byName[dependency], path);
            path.Pop();
            state[model.QualifiedName] = true;
            ordered.Add(model);
        }

        foreach (var model in models.OrderBy(m => m.QualifiedName, StringComparer.Ordinal))
            Visit(model, new Stack<string>());
        return ordered;
    }

    public static IReadOnlyList<string> MacroFiles() => SqlResources.List("macros/");

    public IReadOnlyList<SqlModel> Run()
    {
        var ordered = InDependencyOrder(LoadModels());
        session.InTransaction(() =>
        {
            foreach (var macro in MacroFiles())
                session.Execute(SqlResources.Read(macro));
            foreach (var model in ordered)
            {
                try
                {
                    // A model may change from view to table: drop whichever object has its name.
                    DropExisting(model);
                    session.Execute(model.CreateStatement());
                }
                catch (Exception e) when (e is not InvalidOperationException)
                {
                    throw new InvalidOperationException($"Model {model.QualifiedName} failed to build: {e.Message}", e);
                }
            }
        });
        return ordered;
    }

    private void DropExisting(SqlModel model)
    {
        var type = session.Scalar<string>(
            "select table_type from information_schema.tables where table_schema = $1 and table_name = $2",
            model.Schema, model.Name);
        if (type is not null)
            session.Execute($"drop {(type == "VIEW" ? "view" : "table")} {model.QualifiedName} cascade");
    }
}
