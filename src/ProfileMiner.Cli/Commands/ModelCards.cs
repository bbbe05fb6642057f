using System.Text.Json;

namespace ProfileMiner.Cli.Commands;

/// <summary>The cross-validation objects of the two model cards <c>train</c> writes, as stored.</summary>
/// <param name="ThemesCard">The theme card's path.</param>
/// <param name="ClaimsCard">The claim card's path.</param>
/// <param name="Themes">The theme card's <c>cross_validation</c> object.</param>
/// <param name="Claims">The claim card's <c>cross_validation</c> object.</param>
internal sealed record ModelCards(string ThemesCard, string ClaimsCard, JsonElement Themes, JsonElement Claims);
