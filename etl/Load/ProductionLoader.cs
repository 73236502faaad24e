using CorrAnalytics.Etl.Inbox;
using CorrAnalytics.Etl.Sources;
using CorrAnalytics.Warehouse.Access;
using CorrAnalytics.Warehouse.Schema;

namespace CorrAnalytics.Etl.Load;

/// <summary>Loads one parsed П-1 form inside the caller's transaction: raw cells, rejects, then its facility-month of production and labour.</summary>
public sealed class ProductionLoader(WarehouseSession session)
{
    /// <summary>Checks the form against its file name and the register; a mismatch refuses the file whole.</summary>
    public static void CheckIdentity(InboxFile file, ParsedForm form, FacilityVersions register)
    {
        var expected = $"{Common.ProductionForm.SafeCode(form.FacilityCode)}@{form.Month}";
        if (expected != file.Slice)
            throw new StructureException(
                $"the form is for {form.FacilityCode}, {form.Month}, but its file name says {file.Slice.Replace("@", ", ")}");
        if (!register.IsOpen(form.FacilityCode, form.Month.First.ToDateTime(TimeOnly.MinValue), form.Month.Last.ToDateTime(TimeOnly.MinValue)))
            throw new StructureException($"facility '{form.FacilityCode}' is not in the register as open in {form.Month}");
    }

    public LoadCounts Stage(InboxFile file, ParsedForm form, long batchId)
    {
        using (var appender = session.Connection.CreateAppender("raw", "production_cells"))
            foreach (var c in form.Cells)
                appender.CreateRow().AppendValue(batchId).AppendValue(file.Name).AppendValue(c.Cell).AppendValue(c.Section)
                    .AppendValue(c.RowKey).AppendValue(c.Field).AppendValue(c.Value).EndRow();
        RejectWriter.Write(session, batchId, file.Name, form.Rejects);
        return new LoadCounts(form.RowsRead, form.RowsRead - form.Rejects.Count, form.Rejects.Count);
    }

    public void Apply(InboxFile file, ParsedForm form, long batchId, bool replacesEarlier)
    {
        foreach (var target in replacesEarlier ? new[] { "core.fact_production", "core.fact_labour" } : [])
            session.Execute(SqlResources.Sql("load/delete_replaced_slice", ("target", target)), file.Kind.Code(), file.Slice, batchId);
        var month = form.Month.First.ToDateTime(TimeOnly.MinValue);
        using (var appender = session.Connection.CreateAppender("core", "fact_production"))
            foreach (var p in form.Products)
                appender.CreateRow().AppendValue(form.FacilityCode).AppendValue(month).AppendValue(p.ProductCode)
                    .AppendValue(p.PlanQty).AppendValue(Money(p.PlanValue)).AppendValue(p.OutputQty).AppendValue(Money(p.OutputValue))
                    .AppendValue(p.SoldQty).AppendValue(Money(p.SoldValue)).AppendValue(Money(p.InternalValue)).AppendValue(batchId)
                    .EndRow();
        if (form.Labour is { } l)
        {
            using var appender = session.Connection.CreateAppender("core", "fact_labour");
            appender.CreateRow().AppendValue(form.FacilityCode).AppendValue(month).AppendValue(form.Branch)
                .AppendValue(l.AbleBodied).AppendValue(l.EmployedTotal).AppendValue(l.EmployedEnbek).AppendValue(l.EmployedPrivate)
                .AppendValue(l.EmployedHousehold).AppendValue(Money(l.WageFund)).AppendValue(Money(l.Deductions)).AppendValue(batchId)
                .EndRow();
        }
    }

    private static decimal Money(decimal value) => Math.Round(value, 2);
}
