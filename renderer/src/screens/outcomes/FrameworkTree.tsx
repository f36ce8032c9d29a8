import type { FrameworkFundingLine, TreeElement, TreeIndicator } from '../../api/types';
import { labelOf } from '../../labels';
import { IllustrativeMarker } from '../../outcomes/OutcomeBadges';
import { ELEMENT_KIND_LABELS } from '../../outcomes/outcome-labels';
import { IndicatorTable } from './IndicatorTable';
import { OutcomeProgrammes } from './OutcomeProgrammes';
import type { OutcomeTree, TreeNode } from './outcomes-tree';
import { PillarFunding } from './PillarFunding';

type Node = TreeNode<TreeElement, TreeIndicator>;

/** For the published GMCA framework: each outcome shows its linked programmes. */
export interface OutcomeLinking {
  frameworkCode: string;
  canEdit: boolean;
}

interface FrameworkTreeProps {
  tree: OutcomeTree<TreeElement, TreeIndicator>;
  fundingLines: readonly FrameworkFundingLine[];
  linking?: OutcomeLinking | null;
}

function ElementHeading({ element, level }: { element: TreeElement; level: number }) {
  const Heading = level === 0 ? 'h2' : level === 1 ? 'h3' : 'h4';
  return (
    <Heading className="outcome-tree__heading">
      <span className="outcome-tree__kind">{labelOf(ELEMENT_KIND_LABELS, element.kind)}</span> {element.title}{' '}
      <span className="outcome-tree__code">{element.code}</span> <IllustrativeMarker illustrative={element.illustrative} />
    </Heading>
  );
}

function Branch({ node, level, fundingLines, linking }: { node: Node; level: number; fundingLines: readonly FrameworkFundingLine[]; linking: OutcomeLinking | null }) {
  const lines = fundingLines.filter((line) => line.elementId === node.element.id);
  return (
    <li className={`outcome-tree__item outcome-tree__item--level-${level}`}>
      <ElementHeading element={node.element} level={level} />
      {node.element.description && <p className="outcome-tree__description">{node.element.description}</p>}
      {linking && node.element.kind === 'outcome' && <OutcomeProgrammes frameworkCode={linking.frameworkCode} element={node.element} canEdit={linking.canEdit} />}
      <PillarFunding lines={lines} title={node.element.title} />
      {node.indicators.length > 0 && <IndicatorTable indicators={node.indicators} caption={`Indicators for ${node.element.title}`} />}
      {node.children.length > 0 && (
        <ol className="outcome-tree__list">
          {node.children.map((child) => (
            <Branch key={child.element.id} node={child} level={level + 1} fundingLines={fundingLines} linking={linking} />
          ))}
        </ol>
      )}
      {level > 0 && node.children.length === 0 && node.indicators.length === 0 && <p className="muted">No indicators yet.</p>}
    </li>
  );
}

/** The version's framework as nested lists: pillar or mission, then outcome or priority, then indicators. */
export function FrameworkTree({ tree, fundingLines, linking = null }: FrameworkTreeProps) {
  if (tree.roots.length === 0 && tree.unplaced.length === 0) {
    return <p className="notice">No indicators match these filters.</p>;
  }
  return (
    <>
      <ol className="outcome-tree" aria-label="Framework tree">
        {tree.roots.map((node) => (
          <Branch key={node.element.id} node={node} level={0} fundingLines={fundingLines} linking={linking} />
        ))}
      </ol>
      {tree.unplaced.length > 0 && (
        <section className="outcome-tree__unplaced" aria-labelledby="unplaced-title">
          <h2 id="unplaced-title">Indicators not yet placed under an outcome</h2>
          <IndicatorTable indicators={tree.unplaced} caption="Indicators not yet placed under an outcome" />
        </section>
      )}
    </>
  );
}
