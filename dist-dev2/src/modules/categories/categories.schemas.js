import Type from 'typebox';
import { IdInput, IdString, LooseBoolean, RequiredString, ResourceIdInput, resourceOptions, Timestamp } from '../../http/schemas.js';
export const Category = Type.Object({
    id: IdString,
    name: Type.String(),
    exclude_from_automations: Type.Boolean(),
    created_at: Timestamp,
    updated_at: Timestamp,
}, resourceOptions());
const categoryInput = {
    name: RequiredString({ maxLength: 255 }),
    exclude_from_automations: Type.Optional(LooseBoolean),
    /** A create naming a resource_id the shop already has updates that category (200). */
    resource_id: Type.Optional(ResourceIdInput),
};
// A client-sent "id" (the docs' own example has one, A23) is ignored like any unknown key.
export const CategoryCreateBody = Type.Object(categoryInput);
export const CategoryUpdateBody = Type.Partial(Type.Object(categoryInput));
export const CategoryParams = Type.Object({ shop_id: Type.String(), category_id: Type.String() });
export const CategoryProductParams = Type.Object({ shop_id: Type.String(), category_id: Type.String(), product_id: Type.String() });
export const AssignProductBody = Type.Object({ product_id: IdInput });
//# sourceMappingURL=categories.schemas.js.map