/** What other features use from referentials: the document page places RequirementLinks. */
export { RequirementLinks, type RequirementLinksProps } from './RequirementLinks';
