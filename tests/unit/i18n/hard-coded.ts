/**
 * Finds interface text hard-coded in a component: JSX text with letters,
 * and letters in user-facing attributes (aria-label, title, placeholder, alt…)
 * or in confirm() texts.
 */
import ts from 'typescript';
import { isStringLike, walk, where } from './source-scan';

/** Attributes a person reads or hears. */
const USER_FACING = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-placeholder',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label',
]);

/** Text that is the same in every language (symbols; no letters, so never flagged anyway). */
const ALLOWED = new Set<string>([]);

const hasLetters = (text: string) => /\p{L}/u.test(text) && !ALLOWED.has(text.trim());

/**
 * Strings an expression can evaluate to as displayed text: the expression
 * itself, the branches of a ?: and the right side of && / || / ??, and the
 * literal parts of a template. Not the operands of comparisons or calls.
 */
function displayedStrings(node: ts.Expression, out: ts.Node[] = []): ts.Node[] {
  if (ts.isParenthesizedExpression(node)) return displayedStrings(node.expression, out);
  if (isStringLike(node)) {
    if (hasLetters(node.text)) out.push(node);
  } else if (ts.isTemplateExpression(node)) {
    const parts = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)];
    if (parts.some(hasLetters)) out.push(node);
  } else if (ts.isConditionalExpression(node)) {
    displayedStrings(node.whenTrue, out);
    displayedStrings(node.whenFalse, out);
  } else if (ts.isBinaryExpression(node)) {
    const op = node.operatorToken.kind;
    if (op === ts.SyntaxKind.AmpersandAmpersandToken) displayedStrings(node.right, out);
    if (
      op === ts.SyntaxKind.BarBarToken ||
      op === ts.SyntaxKind.QuestionQuestionToken ||
      op === ts.SyntaxKind.PlusToken
    ) {
      displayedStrings(node.left, out);
      displayedStrings(node.right, out);
    }
  }
  return out;
}

/** Hard-coded text in one .tsx file, as "file:line text". */
export function hardCodedText(source: ts.SourceFile): string[] {
  const found: string[] = [];
  const report = (node: ts.Node) =>
    found.push(`${where(node)} ${node.getText().replace(/\s+/g, ' ').trim().slice(0, 80)}`);
  walk(source, (node) => {
    if (ts.isJsxText(node) && hasLetters(node.text)) report(node);
    else if (ts.isJsxExpression(node) && node.expression && !ts.isJsxAttribute(node.parent)) {
      displayedStrings(node.expression).forEach(report);
    } else if (ts.isJsxAttribute(node) && USER_FACING.has(node.name.getText()) && node.initializer) {
      const value = node.initializer;
      if (ts.isStringLiteral(value)) displayedStrings(value).forEach(report);
      else if (ts.isJsxExpression(value) && value.expression) displayedStrings(value.expression).forEach(report);
    } else if (ts.isCallExpression(node)) {
      // confirm('…'), window.confirm('…'), alert('…')
      const callee = node.expression.getText();
      if (/^(window\.)?(confirm|alert|prompt)$/.test(callee) && node.arguments[0]) {
        displayedStrings(node.arguments[0]).forEach(report);
      }
    }
  });
  return found;
}
