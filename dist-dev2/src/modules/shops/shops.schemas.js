import Type from 'typebox';
import { IdString, LooseBoolean, NullableString, ObjectOrNull, RequiredString, Timestamp } from '../../http/schemas.js';
const Rate = Type.Object({ float: Type.Number(), string: Type.String() });
/** The group embedded in a shop, in the e-commerce docs' form. */
export const ShopGroup = Type.Object({
    id: IdString,
    name: Type.String(),
    total: Type.Integer(),
    open_rate: Rate,
    click_rate: Rate,
    created_at: Timestamp,
});
const shopFields = {
    id: IdString,
    name: Type.String(),
    url: Type.String(),
    currency: Type.String(),
    enabled: Type.Boolean(),
    enable_popups: Type.Boolean(),
    group: ObjectOrNull(ShopGroup),
    created_at: Timestamp,
    updated_at: Timestamp,
};
export const Shop = Type.Object({ ...shopFields, currency_sign: Type.String() });
/** Inside an order the docs show the shop without currency_sign. */
export const ShopEmbedded = Type.Object(shopFields);
const shopInput = {
    name: RequiredString({ maxLength: 255 }),
    // Stored as given: the docs' own example has no scheme ("superamazingtshirts.com").
    url: RequiredString({ maxLength: 2048 }),
    currency: RequiredString({ maxLength: 3 }),
    access_data: Type.Optional(NullableString({ description: 'Platform credentials; stored, never echoed' })),
    platform: Type.Optional(NullableString({ maxLength: 255 })),
    group_id: Type.Optional(NullableString({ description: 'A group of the same account' })),
    enabled: Type.Optional(LooseBoolean),
    enable_popups: Type.Optional(LooseBoolean),
    enable_resubscribe: Type.Optional(LooseBoolean),
};
export const ShopCreateBody = Type.Object(shopInput);
/** PUT is a partial update: what is sent is validated with the create rules, the rest keeps its value. */
export const ShopUpdateBody = Type.Partial(Type.Object(shopInput));
export const ShopParams = Type.Object({ shop_id: Type.String() });
//# sourceMappingURL=shops.schemas.js.map