using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Simplification;

namespace ImageContracts.CodeFixes;

/// <summary>
/// Fixes for the analyzer's constant violations, driven by hints the analyzer puts in each diagnostic:
/// use the nearest allowed value, remove a parameter the model does not accept (or the one a rule forbids),
/// or set the parameter a rule requires (such as <c>OutputFormat = Png</c> for a transparent background).
/// Each kind of fix has one equivalence key, so Fix All applies every fix of that kind in one pass.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ImageContractsCodeFixProvider)), Shared]
public sealed class ImageContractsCodeFixProvider : CodeFixProvider
{
    private const string ReplaceKey = "ImageContracts.Replace";
    private const string RemoveKey = "ImageContracts.Remove";
    private const string SetKey = "ImageContracts.Set";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        DiagnosticIds.ValueNotAllowed, DiagnosticIds.ParameterNotAccepted, DiagnosticIds.OutOfRange, DiagnosticIds.InvalidSize, DiagnosticIds.RuleViolated, DiagnosticIds.RuleAdvice);

    /// <inheritdoc/>
    /// <remarks>Not the batch fixer: several removals in one initializer each rewrite that initializer, and the
    /// batch fixer drops such overlapping changes. This one applies them together through one editor.</remarks>
    public override FixAllProvider GetFixAllProvider()
        => FixAllProvider.Create(async (context, document, diagnostics) => await ApplyAsync(document, diagnostics, context.CodeActionEquivalenceKey, context.CancellationToken).ConfigureAwait(false));

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (Entry(root, diagnostic) is not { } entry)
            {
                continue;
            }

            var properties = diagnostic.Properties;
            var document = context.Document;
            if (properties.TryGetValue(DiagnosticIds.ReplaceWith, out var replacement) && replacement is not null && ValueOf(entry) is not null)
            {
                Register($"Use {Short(replacement)}", ReplaceKey);
            }

            if (properties.ContainsKey(DiagnosticIds.Remove) && entry.Parent is InitializerExpressionSyntax)
            {
                Register($"Remove '{entry}'", RemoveKey);
            }

            if (Target(properties, DiagnosticIds.RemoveProperty, DiagnosticIds.RemoveKey) is { } removed && Initializer(entry) is { } initializer && Find(initializer, removed) is { } assignment)
            {
                Register($"Remove '{assignment}'", RemoveKey);
            }

            if (properties.TryGetValue(DiagnosticIds.SetValue, out var setValue) && setValue is not null && Initializer(entry) is not null
                && Target(properties, DiagnosticIds.SetProperty, DiagnosticIds.SetKey) is { } set)
            {
                Register($"Set {set.Display} to {Short(setValue)}", SetKey);
            }

            void Register(string title, string key)
                => context.RegisterCodeFix(CodeAction.Create(title, ct => ApplyAsync(document, ImmutableArray.Create(diagnostic), key, ct), key), diagnostic);
        }
    }

    /// <summary>Applies the fix of kind <paramref name="key"/> for every diagnostic that offers one.</summary>
    private static async Task<Document> ApplyAsync(Document document, ImmutableArray<Diagnostic> diagnostics, string? key, CancellationToken cancellationToken)
    {
        var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        var root = editor.OriginalRoot;
        var removed = new HashSet<SyntaxNode>();
        foreach (var diagnostic in diagnostics)
        {
            if (Entry(root, diagnostic) is not { } entry)
            {
                continue;
            }

            var properties = diagnostic.Properties;
            switch (key)
            {
                case ReplaceKey when properties.TryGetValue(DiagnosticIds.ReplaceWith, out var replacement) && replacement is not null && ValueOf(entry) is { } value:
                    editor.ReplaceNode(value, SyntaxFactory.ParseExpression(replacement).WithTriviaFrom(value).WithAdditionalAnnotations(Simplifier.Annotation));
                    break;
                case RemoveKey when properties.ContainsKey(DiagnosticIds.Remove) && entry.Parent is InitializerExpressionSyntax && removed.Add(entry):
                    editor.RemoveNode(entry);
                    break;
                case RemoveKey when Target(properties, DiagnosticIds.RemoveProperty, DiagnosticIds.RemoveKey) is { } target
                    && Initializer(entry) is { } initializer && Find(initializer, target) is { } assignment && removed.Add(assignment):
                    editor.RemoveNode(assignment);
                    break;
                case SetKey when properties.TryGetValue(DiagnosticIds.SetValue, out var setValue) && setValue is not null
                    && Initializer(entry) is { } initializer && Target(properties, DiagnosticIds.SetProperty, DiagnosticIds.SetKey) is { } target:
                    Set(editor, initializer, target, setValue);
                    break;
            }
        }

        return editor.GetChangedDocument();
    }

    /// <summary>The assignment, argument or dictionary entry the diagnostic points into.</summary>
    private static SyntaxNode? Entry(SyntaxNode root, Diagnostic diagnostic)
        => root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true).AncestorsAndSelf()
            .FirstOrDefault(n => n is AssignmentExpressionSyntax or ArgumentSyntax || n is InitializerExpressionSyntax { RawKind: (int)SyntaxKind.ComplexElementInitializerExpression });

    private static InitializerExpressionSyntax? Initializer(SyntaxNode entry)
        => entry.AncestorsAndSelf().OfType<InitializerExpressionSyntax>()
            .FirstOrDefault(i => i.RawKind is (int)SyntaxKind.ObjectInitializerExpression or (int)SyntaxKind.CollectionInitializerExpression or (int)SyntaxKind.WithInitializerExpression);

    private static ExpressionSyntax? ValueOf(SyntaxNode entry) => entry switch
    {
        AssignmentExpressionSyntax assignment => assignment.Right,
        ArgumentSyntax argument => argument.Expression,
        InitializerExpressionSyntax { Expressions.Count: 2 } pair => pair.Expressions[1],
        _ => null,
    };

    /// <summary>A property (by C# name) or a dictionary key (by wire name) that a fix sets or removes.</summary>
    private sealed class Member
    {
        public Member(string? property, string? key) => (Property, Key) = (property, key);

        public string? Property { get; }

        public string? Key { get; }

        public string Display => Property ?? $"[\"{Key}\"]";
    }

    private static Member? Target(ImmutableDictionary<string, string?> properties, string propertyKey, string dictionaryKey)
    {
        var property = properties.TryGetValue(propertyKey, out var p) ? p : null;
        var key = properties.TryGetValue(dictionaryKey, out var k) ? k : null;
        return property is null && key is null ? null : new Member(property, key);
    }

    /// <summary>The assignment of <paramref name="member"/> in the initializer, if it sets it.</summary>
    private static AssignmentExpressionSyntax? Find(InitializerExpressionSyntax initializer, Member member)
        => initializer.Expressions.OfType<AssignmentExpressionSyntax>().FirstOrDefault(existing => existing.Left switch
        {
            IdentifierNameSyntax name => name.Identifier.ValueText == member.Property,
            ImplicitElementAccessSyntax access => member.Key is not null && access.ArgumentList.Arguments.Count == 1
                && access.ArgumentList.Arguments[0].Expression is LiteralExpressionSyntax literal && literal.Token.ValueText == member.Key,
            _ => false,
        });

    /// <summary>Replaces the value if the initializer already sets it, else adds <c>Property = value</c> (or <c>["key"] = value</c>).</summary>
    private static void Set(DocumentEditor editor, InitializerExpressionSyntax initializer, Member member, string value)
    {
        var expression = SyntaxFactory.ParseExpression(value).WithAdditionalAnnotations(Simplifier.Annotation);
        if (Find(initializer, member) is { } existing)
        {
            editor.ReplaceNode(existing.Right, expression.WithTriviaFrom(existing.Right));
            return;
        }

        ExpressionSyntax left = member.Property is not null
            ? SyntaxFactory.IdentifierName(member.Property)
            : SyntaxFactory.ImplicitElementAccess(SyntaxFactory.BracketedArgumentList(SyntaxFactory.SingletonSeparatedList(
                SyntaxFactory.Argument(SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(member.Key!))))));
        var assignment = SyntaxFactory.AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, left, expression);
        editor.ReplaceNode(initializer, (current, _) => ((InitializerExpressionSyntax)current).AddExpressions(assignment));
    }

    private static string Short(string expression)
    {
        if (expression.StartsWith("new ", System.StringComparison.Ordinal))
        {
            // "new GptImage2.Size(1024, 1024)" reads as "new Size(1024, 1024)".
            var open = expression.IndexOf('(');
            var dot = expression.LastIndexOf('.', open);
            return "new " + expression.Substring(dot + 1);
        }

        var last = expression.LastIndexOf('.');
        return last >= 0 && !expression.StartsWith("\"", System.StringComparison.Ordinal) ? expression.Substring(last + 1) : expression;
    }
}
