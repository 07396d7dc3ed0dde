namespace Depesche.Analysis.German.Compounds;

/// <summary>
/// A compound read as its modifier and its head, both spelled as in the word: <c>hühner|käfig</c>,
/// <c>verteidigungs|minister</c>, <c>schul|pony</c>. The head is the last part and the modifier may itself be a
/// compound (<c>bundesverteidigungs|minister</c>), except that a lexicalised compound stays whole as a head
/// (<c>musiker|netzwerk</c>, not <c>musikernetz|werk</c>).
/// </summary>
/// <param name="Modifier">The modifier with its linking element, as in the word (<c>hühner</c>).</param>
/// <param name="Head">The head, as in the word (<c>käfig</c>).</param>
/// <param name="Link">
/// The linking element in DEKOR's notation: "" none, "+s" added (verteidigung+s), "+=er" umlaut and added
/// (huhn → hühner), "-e" dropped (schule → schul), "-" a hyphen.
/// </param>
/// <param name="ModifierLemma">The word the modifier is a form of (<c>huhn</c>, <c>schule</c>); the modifier itself when unknown.</param>
public sealed record CompoundSplit(string Modifier, string Head, string Link, string ModifierLemma)
{
    /// <summary><c>modifier|head</c>, as <c>depesche split</c> prints it.</summary>
    public override string ToString() => $"{Modifier}|{Head}";
}
