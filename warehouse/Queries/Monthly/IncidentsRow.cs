namespace CorrAnalytics.Warehouse.Queries.Monthly;

/// <summary>A row of monthly/incidents.sql: incident type: incidents and persons in the month beginning $1, persons over 12 months and per 10,000 (the 12 months' mean ADP); $2 is the language</summary>
[Query("monthly/incidents")]
public sealed record IncidentsRow(
    string? IncidentType,
    long? Incidents,
    long? Persons,
    long? Persons12m,
    double? Per10k);
