namespace CorrAnalytics.Warehouse.Queries;

/// <summary>Names the query file (under warehouse/sql/queries, without ".sql") whose rows a record holds.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class QueryAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
