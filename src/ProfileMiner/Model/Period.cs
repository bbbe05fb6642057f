namespace ProfileMiner.Model;

/// <summary>
/// The period a document reports on, as written and as a date range.
/// </summary>
/// <param name="Label">Normalised label: <c>2016/17</c> (financial year), <c>April 2012 – March 2013</c>,
/// <c>2016–2020</c>, or an ISO date <c>2024-05-08</c> for a meeting.</param>
/// <param name="Start">First day covered.</param>
/// <param name="End">Last day covered.</param>
/// <param name="Source">How it was found: <c>financial_year</c>, <c>month_range</c>, <c>year_span</c>, <c>meeting_date</c>.</param>
public sealed record Period(string Label, DateOnly Start, DateOnly End, string Source);
