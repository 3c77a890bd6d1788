using System.Linq;
using ImageContracts.Generator.Model;
using ImageContracts.Generator.Shared;

namespace ImageContracts.Generator.Emitting;

/// <summary>Emits a cross-parameter rule as a <c>RuleContract</c> initializer.</summary>
internal static class RuleEmitter
{
    private const string R = Code.Runtime;

    public static void Emit(SourceWriter w, RuleSpec rule)
    {
        w.Line("new()");
        w.OpenBrace();
        w.Line($"Id = {Code.String(rule.Id)},");
        if (rule.Severity == RuleSeverity.Warning)
        {
            w.Line($"Severity = {R}.RuleSeverity.Warning,");
        }

        if (rule.Kind != RuleKind.Condition)
        {
            w.Line($"Kind = {R}.RuleKind.{rule.Kind},");
            w.Line($"Parameters = {Code.StringArray(rule.Parameters)},");
        }

        if (!rule.When.IsEmpty)
        {
            w.Line($"When = {Conditions(rule.When)},");
        }

        if (!rule.Require.IsEmpty)
        {
            w.Line($"Require = {Conditions(rule.Require)},");
        }

        w.Line($"Message = {Code.String(rule.Message)},");
        ContractEmitter.Optional(w, "Source", rule.Source);
        w.CloseBrace(",");
    }

    private static string Conditions(Helpers.EquatableArray<ConditionSpec> conditions)
        => $"new {R}.RuleCondition[] {{ " + string.Join(", ", conditions.Select(Condition)) + " }";

    private static string Condition(ConditionSpec c)
    {
        var text = $"new() {{ Parameter = {Code.String(c.Parameter)}, Test = {R}.ConditionTest.{c.Test}";
        if (!c.Values.IsEmpty)
        {
            text += $", Values = {Code.StringArray(c.Values)}";
        }

        if (c.Minimum is not null)
        {
            text += $", Minimum = {Code.Long(c.Minimum.Value)}";
        }

        if (c.Maximum is not null)
        {
            text += $", Maximum = {Code.Long(c.Maximum.Value)}";
        }

        if (c.Boolean is not null)
        {
            text += $", Boolean = {Code.Bool(c.Boolean.Value)}";
        }

        return text + " }";
    }
}
