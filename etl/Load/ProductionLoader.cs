using CorrAnalytics.Warehouse.Time;
using CorrAnalytics.Etl.Inbox;
using CorrAnalytics.Etl.Sources;
using CorrAnalytics.Warehouse.Access;
using CorrAnalytics.Warehouse.History;
using CorrAnalytics.Warehouse.Schema;

namespace CorrAnalytics.Etl.Load;

/// <summary>Loads a group of parsed П-1 forms inside the caller's transaction: raw cells, rejects, then each form's facility-month of production and labour.</summary>
internal sealed class ProductionLoader(WarehouseSession session, ProductClock clock)
{
    /// <summary>Checks the form against its file name and the register; a mismatch refuses the file whole.</summary>
    public static void CheckIdentity(InboxFile file, ParsedForm form, FacilityVersions register)
    {
        var expected = $"{Warehouse.Files.FileNameCode.Of(form.FacilityCode)}@{form.Month}";
        if (expected != file.Slice)
            throw new StructureException(
                $"the form is for {form.FacilityCode}, {form.Month}, but its file name says {file.Slice.Replace("@", ", ")}");
        if (!register.IsOpen(form.FacilityCode, form.Month.First.ToDateTime(TimeOnly.MinValue), form.Month.Last.ToDateTime(TimeOnly.MinValue)))
            throw new StructureException($"facility '{form.FacilityCode}' is not in the register as open in {form.Month}");
    }

    /// <summary>Appends every form's raw cells and rejects; returns each batch's counts.</summary>
    public IReadOnlyDictionary<long, LoadCounts> Stage(IReadOnlyList<GroupMember> members)
    {
        using (var appender = session.Connection.CreateAppender("raw", "production_cells"))
            foreach (var m in members)
                foreach (var c in m.Ready.Form!.Cells)
                    appender.CreateRow().AppendValue(m.BatchId).AppendValue(m.Ready.File.Name).AppendValue(c.Cell).AppendValue(c.Section)
                        .AppendValue(c.RowKey).AppendValue(c.Field).AppendValue(c.Value).EndRow();
        foreach (var m in members)
            RejectWriter.Write(session, m.BatchId, m.Ready.File.Name, m.Ready.Form!.Rejects, m.Ready.Form.FacilityCode);
        return members.ToDictionary(m => m.BatchId, m =>
        {
            var form = m.Ready.Form!;
            return new LoadCounts(form.RowsRead, form.RowsRead - form.Rejects.Count, form.Rejects.Count);
        });
    }

    /// <summary>The facts a П-1 form loads into: what a later form of its facility-month replaces, and what a revert takes out.</summary>
    public static readonly IReadOnlyList<string> Targets = ["core.fact_production", "core.fact_labour"];

    /// <summary>Each form's facility-month of production and labour replaces what earlier batches loaded for it (a form sent twice in the group: the later).</summary>
    public void Apply(IReadOnlyList<GroupMember> members)
    {
        foreach (var target in Targets)
        {
            new HistoryTables(session, clock).KeepReplaced(target, FileKind.Production.Code(), members[0].BatchId, members[^1].BatchId);
            session.Execute(SqlResources.Sql("load/group_delete_replaced", ("target", target)), FileKind.Production.Code(), members[0].BatchId, members[^1].BatchId);
        }
        members = members.GroupBy(m => m.Ready.File.Slice).Select(slice => slice.Last()).ToList(); // in batch order: the later file of a slice
        using (var appender = session.Connection.CreateAppender("core", "fact_production"))
            foreach (var (ready, batchId) in members)
            {
                var form = ready.Form!;
                var month = form.Month.First.ToDateTime(TimeOnly.MinValue);
                foreach (var p in form.Products)
                    appender.CreateRow().AppendValue(form.FacilityCode).AppendValue(month).AppendValue(p.ProductCode)
                        .AppendValue(p.PlanQty).AppendValue(Money(p.PlanValue)).AppendValue(p.OutputQty).AppendValue(Money(p.OutputValue))
                        .AppendValue(p.SoldQty).AppendValue(Money(p.SoldValue)).AppendValue(Money(p.InternalValue)).AppendValue(batchId)
                        .EndRow();
            }
        using (var appender = session.Connection.CreateAppender("core", "fact_labour"))
            foreach (var (ready, batchId) in members)
                if (ready.Form!.Labour is { } l)
                {
                    var form = ready.Form;
                    appender.CreateRow().AppendValue(form.FacilityCode).AppendValue(form.Month.First.ToDateTime(TimeOnly.MinValue)).AppendValue(form.Branch)
                        .AppendValue(l.AbleBodied).AppendValue(l.EmployedTotal).AppendValue(l.EmployedEnbek).AppendValue(l.EmployedPrivate)
                        .AppendValue(l.EmployedHousehold).AppendValue(Money(l.WageFund)).AppendValue(Money(l.Deductions)).AppendValue(batchId)
                        .EndRow();
                }
    }

    private static decimal Money(decimal value) => Math.Round(value, 2);
}
