import Type from 'typebox';
import { IdInput, IdString, LooseBoolean, Money, NullableString, RequiredString, ResourceIdInput, resourceOptions, StringOrNull } from '../../http/schemas.js';
import { Category } from '../categories/categories.schemas.js';
const reducedFields = {
    id: IdString,
    name: Type.String(),
    price: Type.Number(),
    url: StringOrNull,
    image: StringOrNull,
    exclude_from_automations: Type.Boolean(),
};
/** The product endpoints' form. Key order as in the docs: descriptions before categories. */
export const Product = Type.Object({
    ...reducedFields,
    short_description: StringOrNull,
    description: StringOrNull,
    categories: Type.Array(Category),
}, resourceOptions());
/** Inside cart items and the category-products list: without the descriptions (A17). */
export const ProductReduced = Type.Object({ ...reducedFields, categories: Type.Array(Category) }, resourceOptions());
export const SHORT_DESCRIPTION_MAX = 255;
const productInput = {
    name: RequiredString({ maxLength: 255, requiredMessage: 'The name must be provided.' }),
    price: Type.Optional(Money),
    exclude_from_automations: Type.Optional(LooseBoolean),
    url: Type.Optional(NullableString({ maxLength: 2048 })),
    image: Type.Optional(NullableString({ maxLength: 2048 })),
    short_description: Type.Optional(NullableString({ description: `HTML tags are removed; at most ${SHORT_DESCRIPTION_MAX} characters after that` })),
    description: Type.Optional(NullableString({ description: 'HTML tags are removed' })),
    categories: Type.Optional(Type.Array(IdInput, { description: 'Ids of categories of the same shop (with ?with_resource_id, their resource ids); replaces the set on update' })),
    /** A create naming a resource_id the shop already has updates that product (200). */
    resource_id: Type.Optional(ResourceIdInput),
};
export const ProductCreateBody = Type.Object(productInput);
export const ProductUpdateBody = Type.Partial(Type.Object(productInput));
export const ProductParams = Type.Object({ shop_id: Type.String(), product_id: Type.String() });
/** MailerLite's WooCommerce plugin: set or add to a product's categories in one call. */
export const ProductCategoriesBody = Type.Object({
    replace: Type.Optional(LooseBoolean),
    categories: Type.Array(IdInput),
});
//# sourceMappingURL=products.schemas.js.map